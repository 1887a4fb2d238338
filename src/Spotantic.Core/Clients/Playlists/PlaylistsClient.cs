using Spotantic.Http;

namespace Spotantic.Clients;

/// <summary>The <see cref="IPlaylistsClient"/> over the shared connection.</summary>
internal sealed class PlaylistsClient(SpotifyApiConnection connection) : IPlaylistsClient
{
    /// <summary>The connection every call goes through.</summary>
    internal SpotifyApiConnection Connection { get; } = connection;
}
