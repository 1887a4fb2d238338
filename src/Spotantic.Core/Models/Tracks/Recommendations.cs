using System.Text.Json.Serialization;
using Spotantic.Serialization;
namespace Spotantic.Models;

/// <summary>
/// Track recommendations generated from seed artists, genres and tracks.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>RecommendationsObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-recommendations">the Spotify Web API reference</see>.
/// </remarks>
public sealed record Recommendations
{
    /// <summary>Gets the seeds the recommendations were generated from.</summary>
    public IReadOnlyList<RecommendationSeed> Seeds { get; init => field = value ?? []; } = [];

    /// <summary>Gets the recommended tracks, ordered according to the parameters supplied.</summary>
    [JsonConverter(typeof(ItemListJsonConverter<Track>))]
    public IReadOnlyList<Track> Tracks { get; init => field = value ?? []; } = [];
}
