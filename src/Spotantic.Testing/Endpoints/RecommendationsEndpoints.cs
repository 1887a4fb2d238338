using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>
/// Recommendations (tagged Tracks in the spec) and their genre seeds (tagged Genres); both deprecated, still served.
/// </summary>
[EmulatorEndpointGroup]
internal static class RecommendationsEndpoints
{
    private const int MaxSeeds = 5;

    /// <summary>The tunable attributes with the range the spec gives them (null: unbounded) and whether they are integers.</summary>
    private static readonly (string Name, double? Min, double? Max, bool Integer)[] Tunables =
    [
        ("acousticness", 0, 1, false),
        ("danceability", 0, 1, false),
        ("duration_ms", null, null, true),
        ("energy", 0, 1, false),
        ("instrumentalness", 0, 1, false),
        ("key", 0, 11, true),
        ("liveness", 0, 1, false),
        ("loudness", null, null, false),
        ("mode", 0, 1, true),
        ("popularity", 0, 100, true),
        ("speechiness", 0, 1, false),
        ("tempo", null, null, false),
        ("time_signature", null, null, true),
        ("valence", 0, 1, false),
    ];

    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/recommendations", (HttpContext http) => GetRecommendations(http))
            .ForOperation("get-recommendations", ScopeRequirement.AnyToken);
        api.MapGet("/recommendations/available-genre-seeds", (HttpContext http) => GetGenreSeeds(http))
            .ForOperation("get-recommendation-genres", ScopeRequirement.AnyToken);
    }

    private static IResult GetGenreSeeds(HttpContext http)
    {
        var genres = ApiRequest.Get(http).Catalog.Genres;
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            CommonJson.WriteStrings(writer, "genres", genres);
            writer.WriteEndObject();
        });
    }

    private static IResult GetRecommendations(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error) ||
            !Paging.TryReadLimit(http.Request, maxLimit: 100, defaultLimit: 20, out var limit, out error))
        {
            return error;
        }

        var seedArtists = ReadList(http.Request, "seed_artists");
        var seedGenres = ReadList(http.Request, "seed_genres");
        var seedTracks = ReadList(http.Request, "seed_tracks");
        var seedCount = seedArtists.Length + seedGenres.Length + seedTracks.Length;
        if (seedCount == 0)
        {
            return SpotifyErrors.BadRequest("At least one seed (seed_artists, seed_genres or seed_tracks) is required");
        }

        if (seedCount > MaxSeeds)
        {
            return SpotifyErrors.BadRequest("Too many seeds; at most 5 are allowed");
        }

        if (!SpotifyIds.TryValidateList(seedArtists, MaxSeeds, out _, out error) ||
            !SpotifyIds.TryValidateList(seedTracks, MaxSeeds, out _, out error))
        {
            return error;
        }

        if (seedGenres.Any(g => !request.Catalog.Genres.Contains(g, StringComparer.Ordinal)))
        {
            return SpotifyErrors.BadRequest("Invalid genre seed");
        }

        var filters = new List<(string Attribute, string Kind, double Value)>();
        foreach (var (name, min, max, integer) in Tunables)
        {
            foreach (var kind in (string[])["min", "max", "target"])
            {
                var parameter = $"{kind}_{name}";
                var raw = http.Request.Query[parameter].ToString();
                if (raw.Length == 0)
                {
                    continue;
                }

                var styles = integer ? NumberStyles.AllowLeadingSign : NumberStyles.Float;
                if (!double.TryParse(raw, styles, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) ||
                    (min is { } low && value < low) || (max is { } high && value > high) ||
                    (name == "time_signature" && kind == "min" && value > 11))
                {
                    return SpotifyErrors.BadRequest("Invalid value for parameter " + parameter);
                }

                filters.Add((name, kind, value));
            }
        }

        var catalog = request.Catalog;
        if (seedArtists.Any(id => !catalog.TryGetArtist(id, out _)) || seedTracks.Any(id => !catalog.TryGetTrack(id, out _)))
        {
            return SpotifyErrors.NotFound();
        }

        // Each seed's pool: the seed artist's tracks, the tracks of the seed track's artists, or the tracks of the
        // artists of the seed genre; the seed tracks themselves are never recommended.
        var seeds = new List<(string Id, string Type, IReadOnlyList<CatalogTrack> Pool)>();
        seeds.AddRange(seedArtists.Select(id => (id, "artist", catalog.Data.TracksByArtist[id])));
        seeds.AddRange(seedTracks.Select(id => (id, "track", (IReadOnlyList<CatalogTrack>)[.. catalog.FindTrack(id)!.ArtistIds.SelectMany(a => catalog.Data.TracksByArtist[a])])));
        seeds.AddRange(seedGenres.Select(genre => (genre, "genre", (IReadOnlyList<CatalogTrack>)[.. catalog.Artists.Where(a => a.Genres.Contains(genre, StringComparer.Ordinal)).SelectMany(a => catalog.Data.TracksByArtist[a.Id])])));

        bool Passes(CatalogTrack track)
        {
            var attributes = AudioAttributes.For(track);
            return filters.All(f => f.Kind switch
            {
                "min" => attributes.Get(f.Attribute, track) >= f.Value,
                "max" => attributes.Get(f.Attribute, track) <= f.Value,
                _ => true,
            });
        }

        bool Playable(CatalogTrack track) => market is null || track.AvailableMarkets.Contains(market, StringComparer.Ordinal);

        double Distance(CatalogTrack track)
        {
            var attributes = AudioAttributes.For(track);
            return filters.Where(f => f.Kind == "target").Sum(f => Math.Abs(attributes.Get(f.Attribute, track) - f.Value) / Scale(f.Attribute));
        }

        var recommended = seeds
            .SelectMany(s => s.Pool)
            .Where(t => !seedTracks.Contains(t.Id, StringComparer.Ordinal))
            .DistinctBy(t => t.Id)
            .Where(Passes)
            .Where(Playable)
            .OrderBy(Distance)
            .ThenByDescending(t => t.Popularity)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToArray();

        var context = request.Render(market);
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("seeds");
            foreach (var (id, type, pool) in seeds)
            {
                var distinct = pool.DistinctBy(t => t.Id).ToArray();
                var filtered = distinct.Where(Passes).ToArray();
                writer.WriteStartObject();
                writer.WriteNumber("afterFilteringSize", filtered.Length);
                writer.WriteNumber("afterRelinkingSize", filtered.Count(Playable));
                if (type != "genre")
                {
                    writer.WriteString("href", context.Href(type + "s", id));
                }

                writer.WriteString("id", id);
                writer.WriteNumber("initialPoolSize", distinct.Length);
                writer.WriteString("type", type);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("tracks");
            foreach (var track in recommended)
            {
                TrackJson.Write(writer, track, context);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>The typical spread of an attribute, so that targets on different scales weigh equally.</summary>
    private static double Scale(string attribute) => attribute switch
    {
        "duration_ms" => 60_000,
        "key" => 11,
        "loudness" => 30,
        "popularity" => 100,
        "tempo" => 140,
        "time_signature" => 4,
        _ => 1,
    };

    private static string[] ReadList(HttpRequest request, string parameter)
    {
        var raw = request.Query[parameter].ToString();
        return raw.Length == 0 ? [] : raw.Split(',', StringSplitOptions.TrimEntries);
    }
}
