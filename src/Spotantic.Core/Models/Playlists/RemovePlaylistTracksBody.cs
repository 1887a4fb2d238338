namespace Spotantic.Models;

/// <summary>
/// The request body of removing tracks or episodes from a playlist through the former <c>/tracks</c> endpoint.
/// </summary>
/// <remarks>
/// Used by <c>remove-tracks-playlist</c>, which names the array <c>tracks</c> where <see cref="RemovePlaylistItemsBody"/>
/// names it <c>items</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/remove-tracks-playlist">the Spotify Web API reference</see>.
/// </remarks>
public sealed record RemovePlaylistTracksBody
{
    /// <summary>Gets the tracks or episodes to remove, at most 100.</summary>
    public required IReadOnlyList<PlaylistItemReference> Tracks { get; init; }

    /// <summary>Gets the playlist's snapshot ID against which to make the change; omitted when <see langword="null"/>.</summary>
    public string? SnapshotId { get; init; }
}
