namespace Spotantic.Testing;

/// <summary>A seeded browse category.</summary>
public sealed class CatalogCategory
{
    /// <summary>The category ID, a plain string such as <c>party</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The playlists of the category.</summary>
    public required IReadOnlyList<string> PlaylistIds { get; init; }

    /// <summary>Describes the category.</summary>
    /// <returns>The name and ID.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
