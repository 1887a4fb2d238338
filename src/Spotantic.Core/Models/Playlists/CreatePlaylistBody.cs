namespace Spotantic.Models;

/// <summary>
/// The request body of creating a playlist.
/// </summary>
/// <remarks>
/// Used by <c>create-playlist</c> (<c>POST /me/playlists</c>) and <c>create-playlist-for-user</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/create-playlist">the Spotify Web API reference</see>.
/// Properties left <see langword="null"/> are omitted, so Spotify applies its defaults.
/// </remarks>
public sealed record CreatePlaylistBody
{
    /// <summary>Gets the name of the new playlist; it does not need to be unique.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets whether the playlist is public (added to the user's profile); Spotify defaults to <see langword="true"/>.
    /// Creating a private playlist needs the <c>playlist-modify-private</c> scope.
    /// </summary>
    public bool? Public { get; init; }

    /// <summary>
    /// Gets whether other users may modify the playlist; Spotify defaults to <see langword="false"/>. A collaborative
    /// playlist must not be public.
    /// </summary>
    public bool? Collaborative { get; init; }

    /// <summary>Gets the playlist description as displayed in Spotify clients and the Web API.</summary>
    public string? Description { get; init; }
}
