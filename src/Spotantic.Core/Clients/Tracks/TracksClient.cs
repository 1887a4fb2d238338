using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="ITracksClient"/> over the shared connection.</summary>
internal sealed class TracksClient(SpotifyApiConnection connection) : ITracksClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
