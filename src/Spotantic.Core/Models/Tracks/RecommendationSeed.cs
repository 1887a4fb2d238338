using System.Text.Json.Serialization;

namespace Spotantic.Models;

/// <summary>
/// A seed of a recommendations request, with the size of the track pool at each stage.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>RecommendationSeedObject</c>, whose pool sizes Spotify names in camelCase.
/// </remarks>
public sealed record RecommendationSeed
{
    /// <summary>Gets the number of tracks available after the <c>min_*</c> and <c>max_*</c> filters were applied.</summary>
    [JsonPropertyName("afterFilteringSize")]
    public int AfterFilteringSize { get; init; }

    /// <summary>Gets the number of tracks available after relinking for regional availability.</summary>
    [JsonPropertyName("afterRelinkingSize")]
    public int AfterRelinkingSize { get; init; }

    /// <summary>Gets a link to the full track or artist of the seed, or <see langword="null"/> for a genre seed.</summary>
    public string? Href { get; init; }

    /// <summary>Gets the ID used to select the seed, as given in <c>seed_artists</c>, <c>seed_tracks</c> or <c>seed_genres</c>.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the number of recommended tracks available for the seed.</summary>
    [JsonPropertyName("initialPoolSize")]
    public int InitialPoolSize { get; init; }

    /// <summary>Gets the entity type of the seed: <c>artist</c>, <c>track</c> or <c>genre</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";
}
