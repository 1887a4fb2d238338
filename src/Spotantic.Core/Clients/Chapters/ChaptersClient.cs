using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="IChaptersClient"/> over the shared connection.</summary>
internal sealed class ChaptersClient(SpotifyApiConnection connection) : IChaptersClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
