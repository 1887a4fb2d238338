using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Markets: the markets Spotify is available in.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// </remarks>
public interface IMarketsClient
{
    /// <summary>Gets the ISO 3166-1 alpha-2 codes of the markets Spotify is available in.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The market codes.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-available-markets"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Markets)]
    Task<SpotifyResult<GetAvailableMarketsRequest, AvailableMarkets>> GetAvailableMarketsAsync(GetAvailableMarketsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the ISO 3166-1 alpha-2 codes of the markets Spotify is available in.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The market codes.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Markets)]
    Task<SpotifyResult<GetAvailableMarketsRequest, AvailableMarkets>> GetAvailableMarketsAsync(CancellationToken cancellationToken = default);
}
