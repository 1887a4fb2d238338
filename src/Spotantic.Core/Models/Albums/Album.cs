using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A full album, including its first page of tracks, copyrights and external IDs.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>AlbumObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-album">the Spotify Web API reference</see>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record Album
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static Album Empty { get; } = new();

    /// <summary>Gets the type of the album, for example <see cref="AlbumType.Album"/>.</summary>
    public AlbumType AlbumType { get; init; }

    /// <summary>
    /// Gets the number of tracks in the album, or <see langword="null"/> when Spotify leaves it out (some embedded albums lack
    /// it), so that an unknown count is not mistaken for 0.
    /// </summary>
    public int? TotalTracks { get; init; }

    /// <summary>
    /// Gets the ISO 3166-1 alpha-2 codes of the markets in which the album is available (an album is available in a
    /// market when at least one of its tracks is). Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public IReadOnlyList<string>? AvailableMarkets { get; init; }

    /// <summary>Gets the known external URLs for the album.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets a link to the Web API endpoint providing full details of the album.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify ID of the album.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the cover art of the album in various sizes, widest first.</summary>
    public IReadOnlyList<Image> Images { get; init => field = value ?? []; } = [];

    /// <summary>Gets the name of the album; it may be empty after an album takedown.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// Gets the date the album was first released, as sent by Spotify: <c>1981</c>, <c>1981-12</c> or
    /// <c>1981-12-15</c> depending on <see cref="ReleaseDatePrecision"/>.
    /// </summary>
    public string ReleaseDate { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the precision with which <see cref="ReleaseDate"/> is known.</summary>
    public ReleaseDatePrecision ReleaseDatePrecision { get; init; }

    /// <summary>
    /// Gets whether the album is playable in the given market, or <see langword="null"/> when Spotify leaves it out: it is only
    /// sent when a <c>market</c> was given (or taken from the user's token). The specification does not list it.
    /// </summary>
    public bool? IsPlayable { get; init; }

    /// <summary>Gets the content restriction applied to the album, if any.</summary>
    public Restrictions? Restrictions { get; init; }

    /// <summary>Gets the object type: <c>album</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the album, for example <c>spotify:album:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the artists of the album.</summary>
    public IReadOnlyList<SimplifiedArtist> Artists { get; init => field = value ?? []; } = [];

    /// <summary>Gets the first page of the album's tracks; use <see cref="Page{T}.Next"/> to fetch more.</summary>
    public Page<SimplifiedTrack> Tracks { get; init => field = value ?? Page<SimplifiedTrack>.Empty; } = Page<SimplifiedTrack>.Empty;

    /// <summary>Gets the copyright statements of the album.</summary>
    public IReadOnlyList<Copyright> Copyrights { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Gets the known external IDs (such as UPC) for the album, or <see langword="null"/> when Spotify leaves the field out, as
    /// it did for apps in development mode from February to March 2026. An album without known IDs has an empty object, so
    /// <see langword="null"/> means "not told", not "none".
    /// </summary>
    public ExternalIds? ExternalIds { get; init; }

    /// <summary>Gets the genres of the album. Deprecated by Spotify; may be omitted, and is always empty when sent.</summary>
    public IReadOnlyList<string>? Genres { get; init; }

    /// <summary>Gets the label associated with the album. Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.</summary>
    public string? Label { get; init; }

    /// <summary>
    /// Gets the popularity of the album, between 0 and 100 (most popular). Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public int? Popularity { get; init; }
}
