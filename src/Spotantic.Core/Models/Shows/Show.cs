using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A full podcast show, including its first page of episodes.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>ShowObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-show">the Spotify Web API reference</see>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record Show
{
    /// <summary>
    /// Gets the ISO 3166-1 alpha-2 codes of the markets in which the show can be played.
    /// Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public IReadOnlyList<string>? AvailableMarkets { get; init; }

    /// <summary>Gets the copyright statements of the show.</summary>
    public IReadOnlyList<Copyright> Copyrights { get; init => field = value ?? []; } = [];

    /// <summary>Gets the description of the show, with HTML tags stripped (see <see cref="HtmlDescription"/>).</summary>
    public string Description { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the description of the show; it may contain HTML tags.</summary>
    public string HtmlDescription { get; init => field = value ?? ""; } = "";

    /// <summary>Gets whether the show has explicit content (<see langword="false"/> also when unknown).</summary>
    public bool Explicit { get; init; }

    /// <summary>Gets the known external URLs for the show.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets a link to the Web API endpoint providing full details of the show.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify ID of the show.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the cover art for the show in various sizes, widest first.</summary>
    public IReadOnlyList<Image> Images { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Gets whether all of the show's episodes are hosted outside of Spotify's CDN, or <see langword="null"/> when Spotify
    /// sends <c>null</c>, which it does in some cases.
    /// </summary>
    public bool? IsExternallyHosted { get; init; }

    /// <summary>Gets the ISO 639 codes of the languages used in the show.</summary>
    public IReadOnlyList<string> Languages { get; init => field = value ?? []; } = [];

    /// <summary>Gets the media type of the show, for example <c>audio</c>.</summary>
    public string MediaType { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the name of the show.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the publisher of the show. Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets the object type: <c>show</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the show, for example <c>spotify:show:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the total number of episodes in the show.</summary>
    public int TotalEpisodes { get; init; }

    /// <summary>Gets the first page of the show's episodes; use <see cref="Page{T}.Next"/> to fetch more.</summary>
    public Page<SimplifiedEpisode> Episodes { get; init => field = value ?? Page<SimplifiedEpisode>.Empty; } = Page<SimplifiedEpisode>.Empty;
}
