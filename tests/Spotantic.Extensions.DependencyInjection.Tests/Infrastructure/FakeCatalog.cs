using System.Globalization;
using System.Text.Json.Nodes;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>
/// A small deterministic catalog and its JSON in the Web API's shapes (snake_case, as in the OpenAPI examples).
/// </summary>
/// <remarks>
/// IDs are 22 letters and digits like real ones, so Spotantic's request validation accepts them; every
/// <c>href</c> and <c>next</c> link points at the server that serves the catalog.
/// </remarks>
public sealed class FakeCatalog
{
    /// <summary>How many albums the catalog holds.</summary>
    public const int AlbumCount = 150;

    /// <summary>How many of them start out in the user's library, enough for several pages of 50.</summary>
    public const int InitiallySavedCount = 120;

    private static readonly string[] Markets = ["DE", "ES", "GB", "SE", "US"];
    private static readonly string[] AlbumTypes = ["album", "album", "single", "compilation"];

    private readonly Dictionary<string, FakeAlbum> _byId;

    private FakeCatalog(IReadOnlyList<FakeAlbum> albums)
    {
        Albums = albums;
        _byId = albums.ToDictionary(album => album.Id, StringComparer.Ordinal);
    }

    /// <summary>Every album, in catalog order.</summary>
    public IReadOnlyList<FakeAlbum> Albums { get; }

    /// <summary>Builds the catalog; the same every time.</summary>
    /// <returns>The catalog.</returns>
    public static FakeCatalog Create()
    {
        var albums = new List<FakeAlbum>(AlbumCount);
        for (var i = 0; i < AlbumCount; i++)
        {
            var artist = i % 12;
            var trackCount = 4 + (i % 9);
            var tracks = new List<FakeTrack>(trackCount);
            for (var t = 0; t < trackCount; t++)
            {
                tracks.Add(new FakeTrack(
                    Id: SpotifyId("Trk", (i * 100) + t),
                    Name: $"Track {t + 1} of Album {i + 1}",
                    TrackNumber: t + 1,
                    DurationMs: 150_000 + (((i * 7) + (t * 13)) % 120) * 1_000,
                    Explicit: (i + t) % 5 == 0));
            }

            var year = 1970 + (i % 55);
            var precision = (i % 3) switch { 0 => "day", 1 => "month", _ => "year" };
            var releaseDate = precision switch
            {
                "day" => $"{year}-{(i % 12) + 1:D2}-{(i % 28) + 1:D2}",
                "month" => $"{year}-{(i % 12) + 1:D2}",
                _ => year.ToString(CultureInfo.InvariantCulture),
            };
            albums.Add(new FakeAlbum(
                Id: SpotifyId("Alb", i),
                Name: $"Album {i + 1}",
                AlbumType: AlbumTypes[i % AlbumTypes.Length],
                ArtistId: SpotifyId("Art", artist),
                ArtistName: $"Artist {artist + 1}",
                ReleaseDate: releaseDate,
                ReleaseDatePrecision: precision,
                Label: $"Label {(i % 4) + 1}",
                Upc: (100_000_000_000L + i).ToString(CultureInfo.InvariantCulture),
                Tracks: tracks));
        }

        return new FakeCatalog(albums);
    }

    /// <summary>Finds an album by ID.</summary>
    /// <param name="id">The Spotify ID.</param>
    /// <returns>The album, or <see langword="null"/>.</returns>
    public FakeAlbum? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The full album object (<c>AlbumObject</c>), with the first page of its tracks.</summary>
    /// <param name="album">The album.</param>
    /// <param name="apiBase">The Web API base address, ending in <c>/v1/</c>.</param>
    /// <returns>The JSON.</returns>
    public static JsonObject AlbumJson(FakeAlbum album, Uri apiBase)
    {
        var json = SimplifiedAlbumJson(album, apiBase);
        json["tracks"] = TracksPageJson(album, apiBase, offset: 0, limit: 50);
        json["copyrights"] = new JsonArray(
            new JsonObject { ["text"] = $"(C) {album.ReleaseDate[..4]} {album.Label}", ["type"] = "C" },
            new JsonObject { ["text"] = $"(P) {album.ReleaseDate[..4]} {album.Label}", ["type"] = "P" });
        json["external_ids"] = new JsonObject { ["upc"] = album.Upc };
        json["genres"] = new JsonArray();
        json["label"] = album.Label;
        json["popularity"] = 0;
        return json;
    }

    /// <summary>The simplified album object (<c>SimplifiedAlbumObject</c>), as in new releases.</summary>
    /// <param name="album">The album.</param>
    /// <param name="apiBase">The Web API base address.</param>
    /// <returns>The JSON.</returns>
    public static JsonObject SimplifiedAlbumJson(FakeAlbum album, Uri apiBase) => new()
    {
        ["album_type"] = album.AlbumType,
        ["total_tracks"] = album.Tracks.Count,
        ["available_markets"] = MarketsJson(),
        ["external_urls"] = new JsonObject { ["spotify"] = $"https://open.spotify.com/album/{album.Id}" },
        ["href"] = $"{apiBase}albums/{album.Id}",
        ["id"] = album.Id,
        ["images"] = new JsonArray(
            ImageJson(album.Id, 640),
            ImageJson(album.Id, 300),
            ImageJson(album.Id, 64)),
        ["name"] = album.Name,
        ["release_date"] = album.ReleaseDate,
        ["release_date_precision"] = album.ReleaseDatePrecision,
        ["type"] = "album",
        ["uri"] = $"spotify:album:{album.Id}",
        ["artists"] = new JsonArray(ArtistJson(album, apiBase)),
    };

    /// <summary>A page of an album's tracks (<c>PagingSimplifiedTrackObject</c>).</summary>
    /// <param name="album">The album.</param>
    /// <param name="apiBase">The Web API base address.</param>
    /// <param name="offset">The first track's index.</param>
    /// <param name="limit">The page size.</param>
    /// <returns>The JSON.</returns>
    public static JsonObject TracksPageJson(FakeAlbum album, Uri apiBase, int offset, int limit)
    {
        var items = new JsonArray();
        foreach (var track in album.Tracks.Skip(offset).Take(limit))
        {
            items.Add(new JsonObject
            {
                ["artists"] = new JsonArray(ArtistJson(album, apiBase)),
                ["available_markets"] = MarketsJson(),
                ["disc_number"] = 1,
                ["duration_ms"] = track.DurationMs,
                ["explicit"] = track.Explicit,
                ["external_urls"] = new JsonObject { ["spotify"] = $"https://open.spotify.com/track/{track.Id}" },
                ["href"] = $"{apiBase}tracks/{track.Id}",
                ["id"] = track.Id,
                ["name"] = track.Name,
                ["preview_url"] = null,
                ["track_number"] = track.TrackNumber,
                ["type"] = "track",
                ["uri"] = $"spotify:track:{track.Id}",
                ["is_local"] = false,
            });
        }

        return PageJson($"{apiBase}albums/{album.Id}/tracks", offset, limit, album.Tracks.Count, items);
    }

    /// <summary>A paging object (<c>href</c>, <c>limit</c>, <c>next</c>, <c>offset</c>, <c>previous</c>, <c>total</c>, <c>items</c>) with absolute links.</summary>
    /// <param name="endpoint">The absolute endpoint address without a query.</param>
    /// <param name="offset">This page's offset.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="total">The number of items across all pages.</param>
    /// <param name="items">This page's items.</param>
    /// <param name="extraQuery">Further query parameters the links keep, e.g. <c>&amp;market=ES</c>.</param>
    /// <returns>The JSON.</returns>
    public static JsonObject PageJson(string endpoint, int offset, int limit, int total, JsonArray items, string extraQuery = "")
    {
        string Link(int at) => string.Create(CultureInfo.InvariantCulture, $"{endpoint}?offset={at}&limit={limit}{extraQuery}");
        return new JsonObject
        {
            ["href"] = Link(offset),
            ["limit"] = limit,
            ["next"] = offset + limit < total ? Link(offset + limit) : null,
            ["offset"] = offset,
            ["previous"] = offset > 0 ? Link(Math.Max(0, offset - limit)) : null,
            ["total"] = total,
            ["items"] = items,
        };
    }

    private static JsonObject ArtistJson(FakeAlbum album, Uri apiBase) => new()
    {
        ["external_urls"] = new JsonObject { ["spotify"] = $"https://open.spotify.com/artist/{album.ArtistId}" },
        ["href"] = $"{apiBase}artists/{album.ArtistId}",
        ["id"] = album.ArtistId,
        ["name"] = album.ArtistName,
        ["type"] = "artist",
        ["uri"] = $"spotify:artist:{album.ArtistId}",
    };

    private static JsonObject ImageJson(string albumId, int size) => new()
    {
        ["url"] = $"https://i.scdn.co/image/ab67616d{size:D8}{albumId.ToLowerInvariant()}",
        ["height"] = size,
        ["width"] = size,
    };

    private static JsonArray MarketsJson() => [.. Markets.Select(market => (JsonNode)JsonValue.Create(market))];

    private static string SpotifyId(string kind, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}Spotantic{index:D10}");
}
