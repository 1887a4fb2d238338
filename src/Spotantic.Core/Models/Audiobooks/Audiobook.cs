using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A full audiobook, including its first page of chapters.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>AudiobookObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-audiobook">the Spotify Web API reference</see>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record Audiobook
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static Audiobook Empty { get; } = new();

    /// <summary>Gets the authors of the audiobook.</summary>
    public IReadOnlyList<Author> Authors { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Gets the ISO 3166-1 alpha-2 codes of the markets in which the audiobook can be played.
    /// Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public IReadOnlyList<string>? AvailableMarkets { get; init; }

    /// <summary>Gets the copyright statements of the audiobook.</summary>
    public IReadOnlyList<Copyright> Copyrights { get; init => field = value ?? []; } = [];

    /// <summary>Gets the description of the audiobook, with HTML tags stripped (see <see cref="HtmlDescription"/>).</summary>
    public string Description { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the description of the audiobook; it may contain HTML tags.</summary>
    public string HtmlDescription { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the edition of the audiobook, for example <c>Unabridged</c>, if Spotify sends one.</summary>
    public string? Edition { get; init; }

    /// <summary>Gets whether the audiobook has explicit content (<see langword="false"/> also when unknown).</summary>
    public bool Explicit { get; init; }

    /// <summary>Gets the known external URLs for the audiobook.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets a link to the Web API endpoint providing full details of the audiobook.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify ID of the audiobook.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the cover art for the audiobook in various sizes, widest first.</summary>
    public IReadOnlyList<Image> Images { get; init => field = value ?? []; } = [];

    /// <summary>Gets the ISO 639 codes of the languages used in the audiobook.</summary>
    public IReadOnlyList<string> Languages { get; init => field = value ?? []; } = [];

    /// <summary>Gets the media type of the audiobook, for example <c>audio</c>.</summary>
    public string MediaType { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the name of the audiobook.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the narrators of the audiobook.</summary>
    public IReadOnlyList<Narrator> Narrators { get; init => field = value ?? []; } = [];

    /// <summary>Gets the publisher of the audiobook. Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets the object type: <c>audiobook</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the audiobook, for example <c>spotify:audiobook:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the number of chapters in the audiobook.</summary>
    public int TotalChapters { get; init; }

    /// <summary>Gets the first page of the audiobook's chapters; use <see cref="Page{T}.Next"/> to fetch more.</summary>
    public Page<SimplifiedChapter> Chapters { get; init => field = value ?? Page<SimplifiedChapter>.Empty; } = Page<SimplifiedChapter>.Empty;
}
