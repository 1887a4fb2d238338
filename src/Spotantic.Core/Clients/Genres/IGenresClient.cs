using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Genres: the genres recommendations can be seeded with.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// </remarks>
public interface IGenresClient
{
    /// <summary>Gets the genres that <see cref="ITracksClient.GetRecommendationsAsync(GetRecommendationsRequest, CancellationToken)"/> accepts as seeds.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The genre names.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-recommendation-genres"/>.</para>
    /// <para>Development mode: Spotify answers 404 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetRecommendationGenresRequest, RecommendationGenres>> GetRecommendationGenresAsync(GetRecommendationGenresRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the genres recommendations accept as seeds.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The genre names.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 404 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetRecommendationGenresRequest, RecommendationGenres>> GetRecommendationGenresAsync(CancellationToken cancellationToken = default);
}
