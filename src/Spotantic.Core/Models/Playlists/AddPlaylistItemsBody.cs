namespace Spotantic.Models;

/// <summary>
/// The request body of adding tracks or episodes to a playlist.
/// </summary>
/// <remarks>
/// Used by <c>add-items-to-playlist</c> and <c>add-tracks-to-playlist</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/add-items-to-playlist">the Spotify Web API reference</see>.
/// </remarks>
public sealed record AddPlaylistItemsBody
{
    /// <summary>
    /// Gets the Spotify URIs of the tracks or episodes to add, in order, at most 100, for example
    /// <c>spotify:track:4iV5W9uYEdYUVa79Axb7Rh</c>.
    /// </summary>
    public required IReadOnlyList<string> Uris { get; init; }

    /// <summary>Gets the zero-based position at which to insert the items; when <see langword="null"/> they are appended.</summary>
    public int? Position { get; init; }
}
