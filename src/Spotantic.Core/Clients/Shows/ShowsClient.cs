using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="IShowsClient"/> over the shared connection.</summary>
internal sealed class ShowsClient(SpotifyApiConnection connection) : IShowsClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
