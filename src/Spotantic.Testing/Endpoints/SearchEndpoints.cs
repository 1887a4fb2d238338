using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>
/// <c>GET /search</c>: a page per requested type. Every free term of the query must occur (case-insensitively) in an
/// item's searchable text, and every field filter (<c>artist:</c>, <c>album:</c>, <c>track:</c>, <c>genre:</c>,
/// <c>year:</c>, <c>isrc:</c>, <c>tag:new</c>, <c>tag:hipster</c>, <c>upc:</c>) must hold for the types it applies to;
/// types a filter does not apply to ignore it. Quoted values (<c>artist:"Miles Davis"</c>) keep their spaces. Each
/// page's <c>next</c> link asks for that type alone, as Spotify's links do.
/// </summary>
[EmulatorEndpointGroup]
internal static class SearchEndpoints
{
    private const int MaxLimit = 10;
    private const int DefaultLimit = 5;
    private const int MaxOffset = 1000;

    /// <summary>The searchable types in the order the spec lists the response's properties.</summary>
    private static readonly (string Type, string Property)[] Types =
    [
        ("track", "tracks"), ("artist", "artists"), ("album", "albums"), ("playlist", "playlists"),
        ("show", "shows"), ("episode", "episodes"), ("audiobook", "audiobooks"),
    ];

    private static readonly string[] Fields = ["album", "artist", "track", "year", "upc", "tag", "isrc", "genre"];

    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/search", (HttpContext http) => Search(http))
            .ForOperation("search", ScopeRequirement.AnyToken);
    }

    private static IResult Search(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        var query = http.Request.Query;

        // Spotify's own next links name the query "query"; first calls name it "q".
        var q = query.ContainsKey("q") ? query["q"].ToString() : query["query"].ToString();
        if (string.IsNullOrWhiteSpace(q))
        {
            return SpotifyErrors.BadRequest("No search query");
        }

        var rawTypes = query["type"].ToString();
        if (rawTypes.Length == 0)
        {
            return SpotifyErrors.BadRequest("Missing parameter type");
        }

        var requested = rawTypes.Split(',', StringSplitOptions.TrimEntries);
        foreach (var type in requested)
        {
            if (!Types.Any(t => t.Type == type))
            {
                return SpotifyErrors.BadRequest("Bad search type field " + type);
            }
        }

        if (!request.TryGetMarket(out var market, out var error) ||
            !Paging.TryRead(http.Request, MaxLimit, DefaultLimit, out var page, out error, maxOffset: MaxOffset))
        {
            return error;
        }

        var includeExternal = query["include_external"].ToString();
        if (query.ContainsKey("include_external") && includeExternal != "audio")
        {
            return SpotifyErrors.BadRequest("Invalid include_external value");
        }

        var parsed = SearchQuery.Parse(q);
        var context = request.Render(market);
        var resumePoints = ResumePoints.For(request);
        var endpoint = request.CurrentLinks().Endpoint;
        var clock = request.State.Clock.GetUtcNow();
        Func<string, string?> displayName = id => request.State.FindUser(id)?.DisplayName;
        var catalog = request.Catalog;

        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            foreach (var (type, property) in Types.Where(t => requested.Contains(t.Type, StringComparer.Ordinal)))
            {
                var carried = new List<KeyValuePair<string, string>> { new("query", q), new("type", type) };
                if (query.ContainsKey("market"))
                {
                    carried.Add(new("market", query["market"].ToString()));
                }

                if (includeExternal.Length > 0)
                {
                    carried.Add(new("include_external", includeExternal));
                }

                var links = new PageLinkBase(endpoint, carried);
                writer.WritePropertyName(property);
                switch (type)
                {
                    case "track":
                        var tracks = catalog.Tracks
                            .Where(t => market is null || t.AvailableMarkets.Contains(market, StringComparer.Ordinal))
                            .Where(t => parsed.Matches(TrackText(catalog, t), field => TrackField(catalog, t, field)))
                            .OrderByDescending(t => t.Popularity).ThenBy(t => t.Id, StringComparer.Ordinal)
                            .ToArray();
                        Paging.WriteOffsetPage(writer, links, page, tracks, (w, t) => TrackJson.Write(w, t, context));
                        break;
                    case "artist":
                        var artists = catalog.Artists
                            .Where(a => parsed.Matches(a.Name + " " + string.Join(' ', a.Genres), field => ArtistField(a, field)))
                            .OrderByDescending(a => a.Popularity).ThenBy(a => a.Id, StringComparer.Ordinal)
                            .ToArray();
                        Paging.WriteOffsetPage(writer, links, page, artists, (w, a) => ArtistJson.Write(w, a, context));
                        break;
                    case "album":
                        var albums = catalog.Albums
                            .Where(a => market is null || a.AvailableMarkets.Contains(market, StringComparer.Ordinal))
                            .Where(a => parsed.Matches(a.Name + " " + ArtistNames(catalog, a.ArtistIds), field => AlbumField(catalog, a, field, clock)))
                            .OrderByDescending(a => a.Popularity).ThenBy(a => a.Id, StringComparer.Ordinal)
                            .ToArray();
                        Paging.WriteOffsetPage(writer, links, page, albums, (w, a) => AlbumJson.WriteSimplified(w, a, context));
                        break;
                    case "playlist":
                        // Only public playlists are searchable.
                        var playlists = catalog.Playlists
                            .Where(p => p.IsPublic && parsed.Matches(p.Name + " " + p.Description, _ => null))
                            .ToArray();
                        Paging.WriteOffsetPage(writer, links, page, playlists, (w, p) => PlaylistJson.WriteSimplified(w, p, context, displayName));
                        break;
                    case "show":
                        var shows = catalog.Shows
                            .Where(s => market is null || s.AvailableMarkets.Contains(market, StringComparer.Ordinal))
                            .Where(s => parsed.Matches(s.Name + " " + s.Publisher, _ => null))
                            .ToArray();
                        Paging.WriteOffsetPage(writer, links, page, shows, (w, s) => ShowJson.WriteSimplified(w, s, context));
                        break;
                    case "episode":
                        var episodes = catalog.Episodes
                            .Where(e => parsed.Matches(e.Name + " " + (catalog.FindShow(e.ShowId)?.Name ?? string.Empty), _ => null))
                            .ToArray();
                        Paging.WriteOffsetPage(writer, links, page, episodes, (w, e) => EpisodeJson.WriteSimplified(w, e, context, resumePoints));
                        break;
                    default:
                        var audiobooks = catalog.Audiobooks
                            .Where(a => market is null || a.AvailableMarkets.Contains(market, StringComparer.Ordinal))
                            .Where(a => parsed.Matches(a.Name + " " + string.Join(' ', a.Authors) + " " + string.Join(' ', a.Narrators), _ => null))
                            .ToArray();
                        Paging.WriteOffsetPage(writer, links, page, audiobooks, (w, a) => AudiobookJson.WriteSimplified(w, a, context));
                        break;
                }
            }

            writer.WriteEndObject();
        });
    }

    private static string ArtistNames(EmulatorCatalog catalog, IEnumerable<string> artistIds) =>
        string.Join(' ', artistIds.Select(id => catalog.FindArtist(id)?.Name));

    private static string TrackText(EmulatorCatalog catalog, CatalogTrack track) =>
        track.Name + " " + ArtistNames(catalog, track.ArtistIds) + " " + catalog.FindAlbum(track.AlbumId)?.Name;

    /// <summary>The values a field filter is matched against for a track, or null when the filter does not apply.</summary>
    private static IEnumerable<string>? TrackField(EmulatorCatalog catalog, CatalogTrack track, string field) => field switch
    {
        "artist" => track.ArtistIds.Select(id => catalog.FindArtist(id)?.Name ?? string.Empty),
        "album" => [catalog.FindAlbum(track.AlbumId)?.Name ?? string.Empty],
        "track" => [track.Name],
        "genre" => track.ArtistIds.SelectMany(id => catalog.FindArtist(id)?.Genres ?? []),
        "year" => [catalog.FindAlbum(track.AlbumId)?.ReleaseDate ?? string.Empty],
        "isrc" => [track.Isrc],
        _ => null,
    };

    private static IEnumerable<string>? ArtistField(CatalogArtist artist, string field) => field switch
    {
        "artist" => [artist.Name],
        "genre" => artist.Genres,
        _ => null,
    };

    private static IEnumerable<string>? AlbumField(EmulatorCatalog catalog, CatalogAlbum album, string field, DateTimeOffset now) => field switch
    {
        "artist" => album.ArtistIds.Select(id => catalog.FindArtist(id)?.Name ?? string.Empty),
        "album" => [album.Name],
        "year" => [album.ReleaseDate],
        "tag:new" => DateTimeOffset.TryParse(album.ReleaseDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var released) && released >= now.AddDays(-14) ? ["new"] : [],
        "tag:hipster" => album.Popularity <= 10 ? ["hipster"] : [],
        "upc" => [album.Upc],
        _ => null,
    };

    /// <summary>A parsed search query: free terms and field filters.</summary>
    private sealed class SearchQuery
    {
        private readonly List<string> _terms = [];
        private readonly List<(string Field, string Value)> _filters = [];

        public static SearchQuery Parse(string q)
        {
            var result = new SearchQuery();
            foreach (var token in Tokenize(q))
            {
                var colon = token.IndexOf(':', StringComparison.Ordinal);
                var field = colon > 0 ? token[..colon].ToLowerInvariant() : null;
                if (field is not null && Fields.Contains(field, StringComparer.Ordinal))
                {
                    var value = token[(colon + 1)..];
                    if (field == "tag")
                    {
                        result._filters.Add(("tag:" + value.ToLowerInvariant(), value));
                    }
                    else if (value.Length > 0)
                    {
                        result._filters.Add((field, value));
                    }
                }
                else
                {
                    result._terms.Add(token);
                }
            }

            return result;
        }

        /// <summary>
        /// Whether every term occurs in <paramref name="text"/> and every filter holds; <paramref name="field"/> gives
        /// the values a filter is matched against, or null when the filter does not apply to the type.
        /// </summary>
        public bool Matches(string text, Func<string, IEnumerable<string>?> field)
        {
            if (!_terms.All(term => text.Contains(term, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            foreach (var (name, value) in _filters)
            {
                var values = field(name);
                if (values is null)
                {
                    continue;
                }

                var matched = name switch
                {
                    "year" => values.Any(date => YearMatches(date, value)),
                    "isrc" or "upc" => values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)),
                    "tag:new" or "tag:hipster" => values.Any(),
                    _ => values.Any(v => v.Contains(value, StringComparison.OrdinalIgnoreCase)),
                };
                if (!matched)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool YearMatches(string releaseDate, string filter)
        {
            if (releaseDate.Length < 4 || !int.TryParse(releaseDate.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                return false;
            }

            var parts = filter.Split('-');
            return parts.Length switch
            {
                1 => int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var only) && year == only,
                2 => int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from) &&
                     int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to) && year >= from && year <= to,
                _ => false,
            };
        }

        /// <summary>Splits on whitespace, keeping double-quoted runs (including <c>field:"two words"</c>) together.</summary>
        private static List<string> Tokenize(string q)
        {
            var tokens = new List<string>();
            var current = new StringBuilder();
            var quoted = false;
            foreach (var c in q)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (char.IsWhiteSpace(c) && !quoted)
                {
                    if (current.Length > 0)
                    {
                        tokens.Add(current.ToString());
                        current.Clear();
                    }
                }
                else
                {
                    current.Append(c);
                }
            }

            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
            }

            return tokens;
        }
    }
}
