namespace Spotantic.Models;

/// <summary>
/// The request body of reordering a range of a playlist's items, or of replacing all of them.
/// </summary>
/// <remarks>
/// Used by <c>reorder-or-replace-playlists-items</c> and <c>reorder-or-replace-playlists-tracks</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/reorder-or-replace-playlists-items">the Spotify Web API reference</see>.
/// Set <see cref="Uris"/> to replace the items, or <see cref="RangeStart"/> and <see cref="InsertBefore"/> (and optionally
/// <see cref="RangeLength"/>) to reorder them. Properties left <see langword="null"/> are omitted.
/// </remarks>
public sealed record ReorderOrReplacePlaylistItemsBody
{
    /// <summary>Gets the Spotify URIs that replace the playlist's items.</summary>
    public IReadOnlyList<string>? Uris { get; init; }

    /// <summary>Gets the position of the first item to move.</summary>
    public int? RangeStart { get; init; }

    /// <summary>
    /// Gets the position before which the items are inserted; to move items to the end, use the position after the
    /// last item.
    /// </summary>
    public int? InsertBefore { get; init; }

    /// <summary>Gets the number of items to move, starting at <see cref="RangeStart"/>; Spotify defaults to 1.</summary>
    public int? RangeLength { get; init; }

    /// <summary>Gets the playlist's snapshot ID against which to make the change.</summary>
    public string? SnapshotId { get; init; }
}
