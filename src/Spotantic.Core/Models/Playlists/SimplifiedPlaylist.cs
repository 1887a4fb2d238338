using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A playlist as listed in pages, with a reference to its items instead of the items themselves.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>SimplifiedPlaylistObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-list-of-current-users-playlists">the Spotify Web API reference</see>.
/// Spotify renamed the reference to the items from <c>tracks</c> to <c>items</c> in 2026, and responses in both shapes are in
/// use: either name fills both <see cref="Items"/> and <see cref="Tracks"/>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record SimplifiedPlaylist
{
    // Deserialization sets every property in declaration order: Items (the current name) before Tracks (the former one).
    private PlaylistTracksRef? _items;
    private PlaylistTracksRef? _tracks;

    /// <summary>Gets whether the owner allows other users to modify the playlist.</summary>
    public bool Collaborative { get; init; }

    /// <summary>
    /// Gets the playlist description, or <see langword="null"/> when there is none (Spotify only returns it for modified,
    /// verified playlists).
    /// </summary>
    public string? Description { get; init; }

    /// <summary>Gets the known external URLs for the playlist.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets a link to the Web API endpoint providing full details of the playlist.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify ID of the playlist.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// Gets the images of the playlist, widest first: none, one (the cover) or up to three (a mosaic). Their URLs are
    /// temporary and expire in less than a day.
    /// </summary>
    public IReadOnlyList<Image> Images { get; init => field = value ?? []; } = [];

    /// <summary>Gets the name of the playlist.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the user who owns the playlist.</summary>
    public PlaylistOwner Owner { get; init => field = value ?? PlaylistOwner.Empty; } = PlaylistOwner.Empty;

    /// <summary>
    /// Gets whether the playlist is public (added to the user's profile), or <see langword="null"/> when the status is
    /// not relevant.
    /// </summary>
    public bool? Public { get; init; }

    /// <summary>Gets the version identifier of the playlist; pass it to write operations to target that version.</summary>
    public string SnapshotId { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// Gets a link to the playlist's items and their total number, sent as <c>items</c> or under the former name
    /// <c>tracks</c>, or <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode, so that an
    /// unknown number of items is not mistaken for none.
    /// </summary>
    public PlaylistTracksRef? Items
    {
        get => _items;
        init
        {
            // Setting Items also sets Tracks while Tracks holds nothing of its own.
            if (_tracks is null || ReferenceEquals(_tracks, _items))
            {
                _tracks = value;
            }

            _items = value;
        }
    }

    /// <summary>
    /// Gets a link to the playlist's items and their total number under their former name; use <see cref="Items"/> instead.
    /// Filled from <c>items</c> when Spotify sends only the current name, so code that still reads it keeps working;
    /// <see langword="null"/> when Spotify sends neither name. Setting it in code fills <see cref="Items"/> only while that is
    /// <see langword="null"/>. Deprecated by Spotify.
    /// </summary>
    public PlaylistTracksRef? Tracks
    {
        get => _tracks;
        init
        {
            // A null (the name was absent) keeps what Items filled; a reference fills Items too when it has nothing of its own.
            if (value is not null || !ReferenceEquals(_tracks, _items))
            {
                _tracks = value;
            }

            _items ??= value;
        }
    }

    /// <summary>Gets the object type: <c>playlist</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the playlist, for example <c>spotify:playlist:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";
}
