using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A podcast episode as listed in a show's episode pages and search results, without its show.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>SimplifiedEpisodeObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-shows-episodes">the Spotify Web API reference</see>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record SimplifiedEpisode
{
    /// <summary>
    /// Gets a URL to a 30 second preview (MP3) of the episode.
    /// Deprecated by Spotify; may be omitted or <see langword="null"/>.
    /// </summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Kept as the exact string Spotify sends.")]
    public string? AudioPreviewUrl { get; init; }

    /// <summary>Gets the description of the episode, with HTML tags stripped (see <see cref="HtmlDescription"/>).</summary>
    public string Description { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the description of the episode; it may contain HTML tags.</summary>
    public string HtmlDescription { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the length of the episode in milliseconds.</summary>
    public int DurationMs { get; init; }

    /// <summary>Gets whether the episode has explicit content (<see langword="false"/> also when unknown).</summary>
    public bool Explicit { get; init; }

    /// <summary>Gets the known external URLs for the episode.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets a link to the Web API endpoint providing full details of the episode.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify ID of the episode.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the cover art for the episode in various sizes, widest first.</summary>
    public IReadOnlyList<Image> Images { get; init => field = value ?? []; } = [];

    /// <summary>Gets whether the episode is hosted outside of Spotify's CDN.</summary>
    public bool IsExternallyHosted { get; init; }

    /// <summary>Gets whether the episode is playable in the given market, or <see langword="null"/> when Spotify omits it.</summary>
    public bool? IsPlayable { get; init; }

    /// <summary>
    /// Gets the language of the episode as an ISO 639 code; use <see cref="Languages"/> instead.
    /// Deprecated by Spotify; may be omitted.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Gets the ISO 639-1 codes of the languages used in the episode.</summary>
    public IReadOnlyList<string> Languages { get; init => field = value ?? []; } = [];

    /// <summary>Gets the name of the episode.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// Gets the date the episode was first released, as sent by Spotify: <c>1981</c>, <c>1981-12</c> or
    /// <c>1981-12-15</c> depending on <see cref="ReleaseDatePrecision"/>.
    /// </summary>
    public string ReleaseDate { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the precision with which <see cref="ReleaseDate"/> is known.</summary>
    public ReleaseDatePrecision ReleaseDatePrecision { get; init; }

    /// <summary>
    /// Gets the user's most recent position in the episode; only sent for a user token with the
    /// <c>user-read-playback-position</c> scope.
    /// </summary>
    public ResumePoint? ResumePoint { get; init; }

    /// <summary>Gets the object type: <c>episode</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the episode, for example <c>spotify:episode:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the content restriction applied to the episode, if any.</summary>
    public Restrictions? Restrictions { get; init; }
}
