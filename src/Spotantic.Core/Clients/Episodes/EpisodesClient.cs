using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="IEpisodesClient"/> over the shared connection.</summary>
internal sealed class EpisodesClient(SpotifyApiConnection connection) : IEpisodesClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
