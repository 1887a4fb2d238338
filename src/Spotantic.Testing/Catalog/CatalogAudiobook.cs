namespace Spotantic.Testing;

/// <summary>A seeded audiobook.</summary>
public sealed class CatalogAudiobook
{
    /// <summary>The 22-character base-62 ID.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Name { get; init; }

    /// <summary>The authors' names.</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>The narrators' names.</summary>
    public required IReadOnlyList<string> Narrators { get; init; }

    /// <summary>The publisher (deprecated in the API, still returned).</summary>
    public required string Publisher { get; init; }

    /// <summary>The plain-text description.</summary>
    public required string Description { get; init; }

    /// <summary>The HTML description.</summary>
    public required string HtmlDescription { get; init; }

    /// <summary>The edition, e.g. <c>Unabridged</c>.</summary>
    public required string Edition { get; init; }

    /// <summary>Whether it has explicit content.</summary>
    public required bool Explicit { get; init; }

    /// <summary>ISO 639-1 language codes.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The media type, e.g. <c>audio</c>.</summary>
    public required string MediaType { get; init; }

    /// <summary>The chapters in order.</summary>
    public required IReadOnlyList<string> ChapterIds { get; init; }

    /// <summary>The markets where it is available.</summary>
    public required IReadOnlyList<string> AvailableMarkets { get; init; }

    /// <summary>The Spotify URI.</summary>
    public string Uri => "spotify:audiobook:" + Id;

    /// <summary>Describes the audiobook.</summary>
    /// <returns>The title and ID.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
