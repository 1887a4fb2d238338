namespace Spotantic.Testing;

/// <summary>A seeded album, single or compilation.</summary>
public sealed class CatalogAlbum
{
    /// <summary>The 22-character base-62 ID.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary><c>album</c>, <c>single</c> or <c>compilation</c>.</summary>
    public required string AlbumType { get; init; }

    /// <summary>The album artists, main artist first.</summary>
    public required IReadOnlyList<string> ArtistIds { get; init; }

    /// <summary>The tracks in album order (disc, then track number).</summary>
    public required IReadOnlyList<string> TrackIds { get; init; }

    /// <summary>The release date, as precise as <see cref="ReleaseDatePrecision"/> says (<c>2019</c>, <c>2019-05</c>, <c>2019-05-17</c>).</summary>
    public required string ReleaseDate { get; init; }

    /// <summary><c>year</c>, <c>month</c> or <c>day</c>.</summary>
    public required string ReleaseDatePrecision { get; init; }

    /// <summary>The label.</summary>
    public required string Label { get; init; }

    /// <summary>Popularity, 0 to 100.</summary>
    public required int Popularity { get; init; }

    /// <summary>The Universal Product Code.</summary>
    public required string Upc { get; init; }

    /// <summary>Markets where at least one track is available.</summary>
    public required IReadOnlyList<string> AvailableMarkets { get; init; }

    /// <summary>The Spotify URI.</summary>
    public string Uri => "spotify:album:" + Id;

    /// <summary>Describes the album.</summary>
    /// <returns>The name and ID.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
