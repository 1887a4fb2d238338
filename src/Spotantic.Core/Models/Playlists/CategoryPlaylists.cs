namespace Spotantic.Models;

/// <summary>
/// The response of a request for the playlists of a browse category: a localized message and a page of playlists.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>PagingFeaturedPlaylistObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-categories-playlists">the Spotify Web API reference</see>.
/// </remarks>
public sealed record CategoryPlaylists
{
    /// <summary>Gets the localized message of the playlists, for example <c>Popular Playlists</c>.</summary>
    public string Message { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// Gets the page of playlists. Spotify may send <c>null</c> entries in place of playlists that are no longer
    /// available; they are kept as <see langword="null"/>.
    /// </summary>
    public Page<SimplifiedPlaylist?> Playlists { get; init => field = value ?? Page<SimplifiedPlaylist?>.Empty; } = Page<SimplifiedPlaylist?>.Empty;
}
