namespace Spotantic.Models;

/// <summary>
/// The request body of removing tracks or episodes from a playlist.
/// </summary>
/// <remarks>
/// Used by <c>remove-items-playlist</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/remove-items-playlist">the Spotify Web API reference</see>.
/// Every occurrence of each URI is removed.
/// </remarks>
public sealed record RemovePlaylistItemsBody
{
    /// <summary>Gets the tracks or episodes to remove, at most 100.</summary>
    public required IReadOnlyList<PlaylistItemReference> Items { get; init; }

    /// <summary>Gets the playlist's snapshot ID against which to make the change; omitted when <see langword="null"/>.</summary>
    public string? SnapshotId { get; init; }
}
