using System.Globalization;
using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets track recommendations from seed artists, genres and tracks (<c>GET /recommendations</c>, operation <c>get-recommendations</c>, deprecated).</summary>
/// <remarks>
/// <para>
/// Public catalog data: no scope is required. Cut for new apps in November 2024.
/// </para>
/// <para>
/// Give 1 to <see cref="MaxSeeds"/> seeds in total across <see cref="SeedArtists"/>, <see cref="SeedGenres"/> and
/// <see cref="SeedTracks"/>. The tunable attributes narrow (<c>min_*</c>, <c>max_*</c>) or rank (<c>target_*</c>) the
/// results; each is checked against the range the spec gives it.
/// </para>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-recommendations"/>.</para>
/// </remarks>
public sealed record GetRecommendationsRequest : SpotifyRequest
{
    /// <summary>The most tracks Spotify returns.</summary>
    public const int MaxLimit = 100;

    /// <summary>The most seeds, counted across artists, genres and tracks.</summary>
    public const int MaxSeeds = 5;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-recommendations", HttpMethod.Get, "/recommendations", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>The number of tracks, 1 to 100 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>An ISO 3166-1 alpha-2 country code; only tracks playable there are returned.</summary>
    public string? Market { get; init; }

    /// <summary>The Spotify IDs of seed artists.</summary>
    public IReadOnlyList<string>? SeedArtists { get; init; }

    /// <summary>Seed genres, from the available genre seeds (e.g. <c>classical</c>, <c>country</c>).</summary>
    public IReadOnlyList<string>? SeedGenres { get; init; }

    /// <summary>The Spotify IDs of seed tracks.</summary>
    public IReadOnlyList<string>? SeedTracks { get; init; }

    /// <summary>A hard floor on the tracks' acousticness, 0.0 to 1.0 (<c>min_acousticness</c>).</summary>
    public double? MinAcousticness { get; init; }

    /// <summary>A hard ceiling on the tracks' acousticness, 0.0 to 1.0 (<c>max_acousticness</c>).</summary>
    public double? MaxAcousticness { get; init; }

    /// <summary>A target for the tracks' acousticness, 0.0 to 1.0 (<c>target_acousticness</c>).</summary>
    public double? TargetAcousticness { get; init; }

    /// <summary>A hard floor on the tracks' danceability, 0.0 to 1.0 (<c>min_danceability</c>).</summary>
    public double? MinDanceability { get; init; }

    /// <summary>A hard ceiling on the tracks' danceability, 0.0 to 1.0 (<c>max_danceability</c>).</summary>
    public double? MaxDanceability { get; init; }

    /// <summary>A target for the tracks' danceability, 0.0 to 1.0 (<c>target_danceability</c>).</summary>
    public double? TargetDanceability { get; init; }

    /// <summary>A hard floor on the tracks' duration in milliseconds (<c>min_duration_ms</c>).</summary>
    public int? MinDurationMs { get; init; }

    /// <summary>A hard ceiling on the tracks' duration in milliseconds (<c>max_duration_ms</c>).</summary>
    public int? MaxDurationMs { get; init; }

    /// <summary>A target for the tracks' duration in milliseconds (<c>target_duration_ms</c>).</summary>
    public int? TargetDurationMs { get; init; }

    /// <summary>A hard floor on the tracks' energy, 0.0 to 1.0 (<c>min_energy</c>).</summary>
    public double? MinEnergy { get; init; }

    /// <summary>A hard ceiling on the tracks' energy, 0.0 to 1.0 (<c>max_energy</c>).</summary>
    public double? MaxEnergy { get; init; }

    /// <summary>A target for the tracks' energy, 0.0 to 1.0 (<c>target_energy</c>).</summary>
    public double? TargetEnergy { get; init; }

    /// <summary>A hard floor on the tracks' instrumentalness, 0.0 to 1.0 (<c>min_instrumentalness</c>).</summary>
    public double? MinInstrumentalness { get; init; }

    /// <summary>A hard ceiling on the tracks' instrumentalness, 0.0 to 1.0 (<c>max_instrumentalness</c>).</summary>
    public double? MaxInstrumentalness { get; init; }

    /// <summary>A target for the tracks' instrumentalness, 0.0 to 1.0 (<c>target_instrumentalness</c>).</summary>
    public double? TargetInstrumentalness { get; init; }

    /// <summary>A hard floor on the tracks' key, 0 (C) to 11 (B) in pitch-class notation (<c>min_key</c>).</summary>
    public int? MinKey { get; init; }

    /// <summary>A hard ceiling on the tracks' key, 0 (C) to 11 (B) in pitch-class notation (<c>max_key</c>).</summary>
    public int? MaxKey { get; init; }

    /// <summary>A target for the tracks' key, 0 (C) to 11 (B) in pitch-class notation (<c>target_key</c>).</summary>
    public int? TargetKey { get; init; }

    /// <summary>A hard floor on the tracks' liveness, 0.0 to 1.0 (<c>min_liveness</c>).</summary>
    public double? MinLiveness { get; init; }

    /// <summary>A hard ceiling on the tracks' liveness, 0.0 to 1.0 (<c>max_liveness</c>).</summary>
    public double? MaxLiveness { get; init; }

    /// <summary>A target for the tracks' liveness, 0.0 to 1.0 (<c>target_liveness</c>).</summary>
    public double? TargetLiveness { get; init; }

    /// <summary>A hard floor on the tracks' loudness in decibels (<c>min_loudness</c>).</summary>
    public double? MinLoudness { get; init; }

    /// <summary>A hard ceiling on the tracks' loudness in decibels (<c>max_loudness</c>).</summary>
    public double? MaxLoudness { get; init; }

    /// <summary>A target for the tracks' loudness in decibels (<c>target_loudness</c>).</summary>
    public double? TargetLoudness { get; init; }

    /// <summary>A hard floor on the tracks' mode, 0 (minor) or 1 (major) (<c>min_mode</c>).</summary>
    public int? MinMode { get; init; }

    /// <summary>A hard ceiling on the tracks' mode, 0 (minor) or 1 (major) (<c>max_mode</c>).</summary>
    public int? MaxMode { get; init; }

    /// <summary>A target for the tracks' mode, 0 (minor) or 1 (major) (<c>target_mode</c>).</summary>
    public int? TargetMode { get; init; }

    /// <summary>A hard floor on the tracks' popularity, 0 to 100 (<c>min_popularity</c>).</summary>
    public int? MinPopularity { get; init; }

    /// <summary>A hard ceiling on the tracks' popularity, 0 to 100 (<c>max_popularity</c>).</summary>
    public int? MaxPopularity { get; init; }

    /// <summary>A target for the tracks' popularity, 0 to 100 (<c>target_popularity</c>).</summary>
    public int? TargetPopularity { get; init; }

    /// <summary>A hard floor on the tracks' speechiness, 0.0 to 1.0 (<c>min_speechiness</c>).</summary>
    public double? MinSpeechiness { get; init; }

    /// <summary>A hard ceiling on the tracks' speechiness, 0.0 to 1.0 (<c>max_speechiness</c>).</summary>
    public double? MaxSpeechiness { get; init; }

    /// <summary>A target for the tracks' speechiness, 0.0 to 1.0 (<c>target_speechiness</c>).</summary>
    public double? TargetSpeechiness { get; init; }

    /// <summary>A hard floor on the tracks' tempo in beats per minute (<c>min_tempo</c>).</summary>
    public double? MinTempo { get; init; }

    /// <summary>A hard ceiling on the tracks' tempo in beats per minute (<c>max_tempo</c>).</summary>
    public double? MaxTempo { get; init; }

    /// <summary>A target for the tracks' tempo in beats per minute (<c>target_tempo</c>).</summary>
    public double? TargetTempo { get; init; }

    /// <summary>A hard floor on the tracks' time signature (beats per bar) (<c>min_time_signature</c>).</summary>
    public int? MinTimeSignature { get; init; }

    /// <summary>A hard ceiling on the tracks' time signature (beats per bar) (<c>max_time_signature</c>).</summary>
    public int? MaxTimeSignature { get; init; }

    /// <summary>A target for the tracks' time signature (beats per bar) (<c>target_time_signature</c>).</summary>
    public int? TargetTimeSignature { get; init; }

    /// <summary>A hard floor on the tracks' valence (musical positiveness), 0.0 to 1.0 (<c>min_valence</c>).</summary>
    public double? MinValence { get; init; }

    /// <summary>A hard ceiling on the tracks' valence (musical positiveness), 0.0 to 1.0 (<c>max_valence</c>).</summary>
    public double? MaxValence { get; init; }

    /// <summary>A target for the tracks' valence (musical positiveness), 0.0 to 1.0 (<c>target_valence</c>).</summary>
    public double? TargetValence { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Market(Market, nameof(Market));
        var seeds = (SeedArtists?.Count ?? 0) + (SeedGenres?.Count ?? 0) + (SeedTracks?.Count ?? 0);
        if (seeds is 0 or > MaxSeeds)
        {
            // Spotify needs at least one seed and takes at most five across the three lists.
            throw new ArgumentOutOfRangeException(nameof(SeedArtists), seeds, $"'{nameof(SeedArtists)}', '{nameof(SeedGenres)}' and '{nameof(SeedTracks)}' take 1 to {MaxSeeds} seeds in total; got {seeds}.");
        }

        if (SeedArtists is { Count: > 0 })
        {
            SpotifyArgument.Ids(SeedArtists, MaxSeeds, nameof(SeedArtists));
        }

        if (SeedTracks is { Count: > 0 })
        {
            SpotifyArgument.Ids(SeedTracks, MaxSeeds, nameof(SeedTracks));
        }

        if (SeedGenres is not null)
        {
            var index = 0;
            foreach (var genre in SeedGenres)
            {
                // The list is sent comma-separated, so a comma inside a genre would split it into two seeds.
                if (string.IsNullOrWhiteSpace(genre) || genre.Contains(',', StringComparison.Ordinal))
                {
                    throw new ArgumentException($"'{nameof(SeedGenres)}[{index}]' must be a genre seed such as 'classical' (not empty, no commas).", nameof(SeedGenres));
                }

                index++;
            }
        }

        DoubleRange(MinAcousticness, 0.0, 1.0, nameof(MinAcousticness));
        DoubleRange(MaxAcousticness, 0.0, 1.0, nameof(MaxAcousticness));
        DoubleRange(TargetAcousticness, 0.0, 1.0, nameof(TargetAcousticness));
        DoubleRange(MinDanceability, 0.0, 1.0, nameof(MinDanceability));
        DoubleRange(MaxDanceability, 0.0, 1.0, nameof(MaxDanceability));
        DoubleRange(TargetDanceability, 0.0, 1.0, nameof(TargetDanceability));
        DoubleRange(MinEnergy, 0.0, 1.0, nameof(MinEnergy));
        DoubleRange(MaxEnergy, 0.0, 1.0, nameof(MaxEnergy));
        DoubleRange(TargetEnergy, 0.0, 1.0, nameof(TargetEnergy));
        DoubleRange(MinInstrumentalness, 0.0, 1.0, nameof(MinInstrumentalness));
        DoubleRange(MaxInstrumentalness, 0.0, 1.0, nameof(MaxInstrumentalness));
        DoubleRange(TargetInstrumentalness, 0.0, 1.0, nameof(TargetInstrumentalness));
        SpotifyArgument.Range(MinKey, 0, 11, nameof(MinKey));
        SpotifyArgument.Range(MaxKey, 0, 11, nameof(MaxKey));
        SpotifyArgument.Range(TargetKey, 0, 11, nameof(TargetKey));
        DoubleRange(MinLiveness, 0.0, 1.0, nameof(MinLiveness));
        DoubleRange(MaxLiveness, 0.0, 1.0, nameof(MaxLiveness));
        DoubleRange(TargetLiveness, 0.0, 1.0, nameof(TargetLiveness));
        Finite(MinLoudness, nameof(MinLoudness));
        Finite(MaxLoudness, nameof(MaxLoudness));
        Finite(TargetLoudness, nameof(TargetLoudness));
        SpotifyArgument.Range(MinMode, 0, 1, nameof(MinMode));
        SpotifyArgument.Range(MaxMode, 0, 1, nameof(MaxMode));
        SpotifyArgument.Range(TargetMode, 0, 1, nameof(TargetMode));
        SpotifyArgument.Range(MinPopularity, 0, 100, nameof(MinPopularity));
        SpotifyArgument.Range(MaxPopularity, 0, 100, nameof(MaxPopularity));
        SpotifyArgument.Range(TargetPopularity, 0, 100, nameof(TargetPopularity));
        DoubleRange(MinSpeechiness, 0.0, 1.0, nameof(MinSpeechiness));
        DoubleRange(MaxSpeechiness, 0.0, 1.0, nameof(MaxSpeechiness));
        DoubleRange(TargetSpeechiness, 0.0, 1.0, nameof(TargetSpeechiness));
        Finite(MinTempo, nameof(MinTempo));
        Finite(MaxTempo, nameof(MaxTempo));
        Finite(TargetTempo, nameof(TargetTempo));
        SpotifyArgument.Range(MinTimeSignature, int.MinValue, 11, nameof(MinTimeSignature));
        DoubleRange(MinValence, 0.0, 1.0, nameof(MinValence));
        DoubleRange(MaxValence, 0.0, 1.0, nameof(MaxValence));
        DoubleRange(TargetValence, 0.0, 1.0, nameof(TargetValence));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("recommendations")
            .Query("limit", Limit)
            .Query("market", Market)
            .Query("seed_artists", NullIfEmpty(SeedArtists))
            .Query("seed_genres", NullIfEmpty(SeedGenres))
            .Query("seed_tracks", NullIfEmpty(SeedTracks))
            .Query("min_acousticness", Format(MinAcousticness))
            .Query("max_acousticness", Format(MaxAcousticness))
            .Query("target_acousticness", Format(TargetAcousticness))
            .Query("min_danceability", Format(MinDanceability))
            .Query("max_danceability", Format(MaxDanceability))
            .Query("target_danceability", Format(TargetDanceability))
            .Query("min_duration_ms", MinDurationMs)
            .Query("max_duration_ms", MaxDurationMs)
            .Query("target_duration_ms", TargetDurationMs)
            .Query("min_energy", Format(MinEnergy))
            .Query("max_energy", Format(MaxEnergy))
            .Query("target_energy", Format(TargetEnergy))
            .Query("min_instrumentalness", Format(MinInstrumentalness))
            .Query("max_instrumentalness", Format(MaxInstrumentalness))
            .Query("target_instrumentalness", Format(TargetInstrumentalness))
            .Query("min_key", MinKey)
            .Query("max_key", MaxKey)
            .Query("target_key", TargetKey)
            .Query("min_liveness", Format(MinLiveness))
            .Query("max_liveness", Format(MaxLiveness))
            .Query("target_liveness", Format(TargetLiveness))
            .Query("min_loudness", Format(MinLoudness))
            .Query("max_loudness", Format(MaxLoudness))
            .Query("target_loudness", Format(TargetLoudness))
            .Query("min_mode", MinMode)
            .Query("max_mode", MaxMode)
            .Query("target_mode", TargetMode)
            .Query("min_popularity", MinPopularity)
            .Query("max_popularity", MaxPopularity)
            .Query("target_popularity", TargetPopularity)
            .Query("min_speechiness", Format(MinSpeechiness))
            .Query("max_speechiness", Format(MaxSpeechiness))
            .Query("target_speechiness", Format(TargetSpeechiness))
            .Query("min_tempo", Format(MinTempo))
            .Query("max_tempo", Format(MaxTempo))
            .Query("target_tempo", Format(TargetTempo))
            .Query("min_time_signature", MinTimeSignature)
            .Query("max_time_signature", MaxTimeSignature)
            .Query("target_time_signature", TargetTimeSignature)
            .Query("min_valence", Format(MinValence))
            .Query("max_valence", Format(MaxValence))
            .Query("target_valence", Format(TargetValence))
            .ToString();

    private static IReadOnlyList<string>? NullIfEmpty(IReadOnlyList<string>? values) => values is { Count: > 0 } ? values : null;

    // "R" keeps the exact value; the invariant culture keeps the decimal point a point.
    private static string? Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static void DoubleRange(double? value, double min, double max, string paramName)
    {
        if (value is { } v && !(v >= min && v <= max))
        {
            throw new ArgumentOutOfRangeException(paramName, v, $"'{paramName}' must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}; got {v.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private static void Finite(double? value, string paramName)
    {
        if (value is { } v && !double.IsFinite(v))
        {
            throw new ArgumentOutOfRangeException(paramName, v, $"'{paramName}' must be a finite number; got {v.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
