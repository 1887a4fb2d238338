namespace Spotantic.Testing;

/// <summary>A seeded track.</summary>
public sealed class CatalogTrack
{
    /// <summary>The 22-character base-62 ID.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The album it belongs to.</summary>
    public required string AlbumId { get; init; }

    /// <summary>The performing artists, main artist first; featured artists follow.</summary>
    public required IReadOnlyList<string> ArtistIds { get; init; }

    /// <summary>The disc number, from 1.</summary>
    public required int DiscNumber { get; init; }

    /// <summary>The track number on its disc, from 1.</summary>
    public required int TrackNumber { get; init; }

    /// <summary>The length in milliseconds.</summary>
    public required int DurationMs { get; init; }

    /// <summary>Whether it has explicit lyrics.</summary>
    public required bool Explicit { get; init; }

    /// <summary>Popularity, 0 to 100.</summary>
    public required int Popularity { get; init; }

    /// <summary>The International Standard Recording Code.</summary>
    public required string Isrc { get; init; }

    /// <summary>The markets where it can be played; a few seeded tracks are restricted to some markets.</summary>
    public required IReadOnlyList<string> AvailableMarkets { get; init; }

    /// <summary>The Spotify URI.</summary>
    public string Uri => "spotify:track:" + Id;

    /// <summary>Describes the track.</summary>
    /// <returns>The name and ID.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
