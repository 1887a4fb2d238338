using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="IGenresClient"/> over the shared connection.</summary>
internal sealed class GenresClient(SpotifyApiConnection connection) : IGenresClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetRecommendationGenresRequest, RecommendationGenres>> GetRecommendationGenresAsync(GetRecommendationGenresRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.RecommendationGenres, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetRecommendationGenresRequest, RecommendationGenres>> GetRecommendationGenresAsync(CancellationToken cancellationToken = default) =>
        GetRecommendationGenresAsync(new GetRecommendationGenresRequest(), cancellationToken);
}
