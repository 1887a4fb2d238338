using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// An album in an artist's discography, with the artist's relationship to it.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>ArtistDiscographyAlbumObject</c> (a <c>SimplifiedAlbumObject</c> with <c>album_group</c>). See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artists-albums">the Spotify Web API reference</see>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record ArtistDiscographyAlbum
{
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

    /// <summary>
    /// Gets the relationship between the artist and the album, for example <see cref="Models.AlbumGroup.AppearsOn"/>.
    /// Deprecated by Spotify; may be omitted.
    /// </summary>
    public AlbumGroup? AlbumGroup { get; init; }
}
