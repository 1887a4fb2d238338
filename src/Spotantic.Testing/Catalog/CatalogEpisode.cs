namespace Spotantic.Testing;

/// <summary>A seeded podcast episode.</summary>
public sealed class CatalogEpisode
{
    /// <summary>The 22-character base-62 ID.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The show it belongs to.</summary>
    public required string ShowId { get; init; }

    /// <summary>The plain-text description.</summary>
    public required string Description { get; init; }

    /// <summary>The HTML description.</summary>
    public required string HtmlDescription { get; init; }

    /// <summary>The length in milliseconds.</summary>
    public required int DurationMs { get; init; }

    /// <summary>Whether it has explicit content.</summary>
    public required bool Explicit { get; init; }

    /// <summary>ISO 639-1 language codes.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The release date (<c>yyyy-MM-dd</c>).</summary>
    public required string ReleaseDate { get; init; }

    /// <summary><c>day</c> for every seeded episode.</summary>
    public required string ReleaseDatePrecision { get; init; }

    /// <summary>Whether it is hosted outside Spotify.</summary>
    public required bool IsExternallyHosted { get; init; }

    /// <summary>Whether it is playable.</summary>
    public required bool IsPlayable { get; init; }

    /// <summary>The Spotify URI.</summary>
    public string Uri => "spotify:episode:" + Id;

    /// <summary>Describes the episode.</summary>
    /// <returns>The name and ID.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
