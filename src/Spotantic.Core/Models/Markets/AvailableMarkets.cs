namespace Spotantic.Models;

/// <summary>
/// The markets in which Spotify is available.
/// </summary>
/// <remarks>
/// Spotify's <c>Markets</c> response. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-available-markets">the Spotify Web API reference</see>.
/// </remarks>
public sealed record AvailableMarkets
{
    /// <summary>Gets the ISO 3166-1 alpha-2 codes of the markets, for example <c>CA</c>, <c>BR</c> and <c>IT</c>.</summary>
    public IReadOnlyList<string> Markets { get; init => field = value ?? []; } = [];
}
