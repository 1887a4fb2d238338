namespace Spotantic.Testing;

/// <summary>A seeded podcast show.</summary>
public sealed class CatalogShow
{
    /// <summary>The 22-character base-62 ID.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The publisher (deprecated in the API, still returned).</summary>
    public required string Publisher { get; init; }

    /// <summary>The plain-text description.</summary>
    public required string Description { get; init; }

    /// <summary>The HTML description.</summary>
    public required string HtmlDescription { get; init; }

    /// <summary>Whether it has explicit content.</summary>
    public required bool Explicit { get; init; }

    /// <summary>ISO 639-1 language codes.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The media type, e.g. <c>audio</c>.</summary>
    public required string MediaType { get; init; }

    /// <summary>Whether the episodes are hosted outside Spotify.</summary>
    public required bool IsExternallyHosted { get; init; }

    /// <summary>The episodes, newest first.</summary>
    public required IReadOnlyList<string> EpisodeIds { get; init; }

    /// <summary>The markets where it is available.</summary>
    public required IReadOnlyList<string> AvailableMarkets { get; init; }

    /// <summary>The Spotify URI.</summary>
    public string Uri => "spotify:show:" + Id;

    /// <summary>Describes the show.</summary>
    /// <returns>The name and ID.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
