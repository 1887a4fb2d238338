namespace Spotantic.Models;

/// <summary>
/// Known external identifiers for an album or track.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>ExternalIdObject</c>. Each identifier is present only when Spotify knows it.
/// </remarks>
public sealed record ExternalIds
{
    /// <summary>Gets the International Standard Recording Code (ISRC), if known.</summary>
    public string? Isrc { get; init; }

    /// <summary>Gets the International Article Number (EAN), if known.</summary>
    public string? Ean { get; init; }

    /// <summary>Gets the Universal Product Code (UPC), if known.</summary>
    public string? Upc { get; init; }
}
