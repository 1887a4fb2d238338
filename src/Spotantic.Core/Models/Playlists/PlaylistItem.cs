namespace Spotantic.Models;

/// <summary>
/// An item of a playlist: a track or an episode, with who added it and when.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>PlaylistTrackObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-playlists-items">the Spotify Web API reference</see>.
/// <see cref="Item"/> reads as a <see cref="Models.Track"/> or an <see cref="Episode"/> according to its <c>type</c> (see
/// <see cref="PlayableItem"/>). Local files are tracks with <see cref="IsLocal"/> set and no Spotify ID.
/// </remarks>
public sealed record PlaylistItem
{
    /// <summary>
    /// Gets the date and time (UTC) the item was added, or <see langword="null"/> for some very old playlists.
    /// </summary>
    public DateTimeOffset? AddedAt { get; init; }

    /// <summary>Gets the user who added the item, or <see langword="null"/> for some very old playlists.</summary>
    public PlaylistUser? AddedBy { get; init; }

    /// <summary>Gets whether the item is a local file.</summary>
    public bool IsLocal { get; init; }

    /// <summary>
    /// Gets the track or episode, or <see langword="null"/> when Spotify sends none (for example for an item no longer
    /// available).
    /// </summary>
    public PlayableItem? Item { get; init; }

    /// <summary>
    /// Gets the track or episode under its former name; use <see cref="Item"/> instead.
    /// Deprecated by Spotify; may be omitted.
    /// </summary>
    public PlayableItem? Track { get; init; }
}
