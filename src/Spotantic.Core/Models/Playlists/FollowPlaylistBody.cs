namespace Spotantic.Models;

/// <summary>
/// The request body of following a playlist.
/// </summary>
/// <remarks>
/// Used by <c>follow-playlist</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/follow-playlist">the Spotify Web API reference</see>.
/// </remarks>
public sealed record FollowPlaylistBody
{
    /// <summary>
    /// Gets whether the playlist is added to the user's public playlists (<see langword="true"/>, Spotify's default) or
    /// stays private; omitted when <see langword="null"/>.
    /// </summary>
    public bool? Public { get; init; }
}
