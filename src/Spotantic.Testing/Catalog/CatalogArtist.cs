namespace Spotantic.Testing;

/// <summary>A seeded artist.</summary>
public sealed class CatalogArtist
{
    /// <summary>The 22-character base-62 ID.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The genres (deprecated in the API, still returned).</summary>
    public required IReadOnlyList<string> Genres { get; init; }

    /// <summary>Popularity, 0 to 100.</summary>
    public required int Popularity { get; init; }

    /// <summary>The number of followers.</summary>
    public required int Followers { get; init; }

    /// <summary>The Spotify URI.</summary>
    public string Uri => "spotify:artist:" + Id;

    /// <summary>Describes the artist.</summary>
    /// <returns>The name and ID.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
