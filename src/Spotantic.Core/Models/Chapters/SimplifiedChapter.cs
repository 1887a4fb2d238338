using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// An audiobook chapter as listed in an audiobook's chapter pages, without its audiobook.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>SimplifiedChapterObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-audiobook-chapters">the Spotify Web API reference</see>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record SimplifiedChapter
{
    /// <summary>
    /// Gets a URL to a 30 second preview (MP3) of the chapter.
    /// Deprecated by Spotify; may be omitted or <see langword="null"/>.
    /// </summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Kept as the exact string Spotify sends.")]
    public string? AudioPreviewUrl { get; init; }

    /// <summary>
    /// Gets the ISO 3166-1 alpha-2 codes of the markets in which the chapter can be played.
    /// Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public IReadOnlyList<string>? AvailableMarkets { get; init; }

    /// <summary>Gets the number of the chapter in its audiobook.</summary>
    public int ChapterNumber { get; init; }

    /// <summary>Gets the description of the chapter, with HTML tags stripped (see <see cref="HtmlDescription"/>).</summary>
    public string Description { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the description of the chapter; it may contain HTML tags.</summary>
    public string HtmlDescription { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the length of the chapter in milliseconds.</summary>
    public int DurationMs { get; init; }

    /// <summary>Gets whether the chapter has explicit content (<see langword="false"/> also when unknown).</summary>
    public bool Explicit { get; init; }

    /// <summary>Gets the known external URLs for the chapter.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets a link to the Web API endpoint providing full details of the chapter.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify ID of the chapter.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the cover art for the chapter in various sizes, widest first.</summary>
    public IReadOnlyList<Image> Images { get; init => field = value ?? []; } = [];

    /// <summary>Gets whether the chapter is playable in the given market, or <see langword="null"/> when Spotify omits it.</summary>
    public bool? IsPlayable { get; init; }

    /// <summary>Gets the ISO 639-1 codes of the languages used in the chapter.</summary>
    public IReadOnlyList<string> Languages { get; init => field = value ?? []; } = [];

    /// <summary>Gets the name of the chapter.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// Gets the date the chapter was first released, as sent by Spotify: <c>1981</c>, <c>1981-12</c> or
    /// <c>1981-12-15</c> depending on <see cref="ReleaseDatePrecision"/>.
    /// </summary>
    public string ReleaseDate { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the precision with which <see cref="ReleaseDate"/> is known.</summary>
    public ReleaseDatePrecision ReleaseDatePrecision { get; init; }

    /// <summary>
    /// Gets the user's most recent position in the chapter; only sent for a user token with the
    /// <c>user-read-playback-position</c> scope.
    /// </summary>
    public ResumePoint? ResumePoint { get; init; }

    /// <summary>Gets the object type as sent by Spotify (<c>chapter</c>; the specification lists <c>episode</c>).</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the chapter, for example <c>spotify:chapter:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the content restriction applied to the chapter (for example <see cref="RestrictionReason.PaymentRequired"/>), if any.</summary>
    public Restrictions? Restrictions { get; init; }
}
