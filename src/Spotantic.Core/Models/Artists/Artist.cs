using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A full artist, including images and (deprecated) followers, genres and popularity.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>ArtistObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artist">the Spotify Web API reference</see>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record Artist
{
    /// <summary>Gets the known external URLs for the artist.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets information about the followers of the artist. Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.</summary>
    public Followers? Followers { get; init; }

    /// <summary>
    /// Gets the genres the artist is associated with (empty when not yet classified).
    /// Deprecated by Spotify; may be omitted.
    /// </summary>
    public IReadOnlyList<string>? Genres { get; init; }

    /// <summary>Gets a link to the Web API endpoint providing full details of the artist.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify ID of the artist.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets images of the artist in various sizes, widest first.</summary>
    public IReadOnlyList<Image> Images { get; init => field = value ?? []; } = [];

    /// <summary>Gets the name of the artist.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// Gets the popularity of the artist, between 0 and 100 (most popular). Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public int? Popularity { get; init; }

    /// <summary>Gets the object type: <c>artist</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the artist, for example <c>spotify:artist:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";
}
