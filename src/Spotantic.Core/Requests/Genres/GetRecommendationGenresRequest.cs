using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Gets the genres recommendations can be seeded with (<c>GET /recommendations/available-genre-seeds</c>, operation <c>get-recommendation-genres</c>, deprecated).</summary>
/// <remarks>
/// Public catalog data: no scope is required. Cut for new apps in November 2024, with recommendations. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-recommendation-genres"/>.
/// </remarks>
public sealed record GetRecommendationGenresRequest : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-recommendation-genres", HttpMethod.Get, "/recommendations/available-genre-seeds", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        // The operation takes no arguments.
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => "recommendations/available-genre-seeds";
}
