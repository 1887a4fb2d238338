namespace Spotantic.Models;

/// <summary>
/// An item of a playlist: a track or an episode, with who added it and when.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>PlaylistTrackObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-playlists-items">the Spotify Web API reference</see>.
/// <see cref="Item"/> reads as a <see cref="Models.Track"/> or an <see cref="Episode"/> according to its <c>type</c> (see
/// <see cref="PlayableItem"/>). Local files are tracks with <see cref="IsLocal"/> set and no Spotify ID. Spotify renamed
/// <c>track</c> to <c>item</c> in 2026, and responses in both shapes are in use: either name fills both <see cref="Item"/> and
/// <see cref="Track"/>.
/// </remarks>
public sealed record PlaylistItem
{
    // Deserialization sets every property in declaration order: Item (the current name) before Track (the former one).
    private PlayableItem? _item;
    private PlayableItem? _track;

    /// <summary>
    /// Gets the date and time (UTC) the item was added, or <see langword="null"/> for some very old playlists.
    /// </summary>
    public DateTimeOffset? AddedAt { get; init; }

    /// <summary>Gets the user who added the item, or <see langword="null"/> for some very old playlists.</summary>
    public PlaylistUser? AddedBy { get; init; }

    /// <summary>Gets whether the item is a local file.</summary>
    public bool IsLocal { get; init; }

    /// <summary>
    /// Gets the track or episode, sent as <c>item</c> or under the former name <c>track</c>, or <see langword="null"/> when
    /// Spotify sends none (for example for an item no longer available).
    /// </summary>
    public PlayableItem? Item
    {
        get => _item;
        init
        {
            // Setting Item also sets Track while Track holds nothing of its own.
            if (_track is null || ReferenceEquals(_track, _item))
            {
                _track = value;
            }

            _item = value;
        }
    }

    /// <summary>
    /// Gets the track or episode under its former name; use <see cref="Item"/> instead. Filled from <c>item</c> when Spotify
    /// sends only the current name, so code that still reads it keeps working. Setting it in code fills <see cref="Item"/> only
    /// while that is <see langword="null"/>. Deprecated by Spotify.
    /// </summary>
    public PlayableItem? Track
    {
        get => _track;
        init
        {
            // A null (the name was absent) keeps what Item filled; an item fills Item too when it has nothing of its own.
            if (value is not null || !ReferenceEquals(_track, _item))
            {
                _track = value;
            }

            _item ??= value;
        }
    }
}
