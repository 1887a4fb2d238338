using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A full podcast episode, including the show it belongs to.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>EpisodeObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-episode">the Spotify Web API reference</see>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record Episode : PlayableItem
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static Episode Empty { get; } = new();

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

    /// <summary>Gets the cover art for the episode in various sizes, widest first.</summary>
    public IReadOnlyList<Image> Images { get; init => field = value ?? []; } = [];

    /// <summary>Gets whether the episode is hosted outside of Spotify's CDN.</summary>
    public bool IsExternallyHosted { get; init; }

    /// <summary>
    /// Gets the language of the episode as an ISO 639 code; use <see cref="Languages"/> instead.
    /// Deprecated by Spotify; may be omitted.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Gets the ISO 639-1 codes of the languages used in the episode.</summary>
    public IReadOnlyList<string> Languages { get; init => field = value ?? []; } = [];

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

    /// <summary>Gets the show the episode belongs to.</summary>
    public SimplifiedShow Show { get; init => field = value ?? SimplifiedShow.Empty; } = SimplifiedShow.Empty;
}
