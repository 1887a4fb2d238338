using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>The operations tagged Artists first in the spec.</summary>
[EmulatorEndpointGroup]
internal static class ArtistsEndpoints
{
    private static readonly string[] AlbumGroups = ["album", "single", "appears_on", "compilation"];

    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/artists/{id}", (HttpContext http, string id) => CatalogLookups.One(http, id, (c, i) => c.FindArtist(i), (w, artist, context, _) => ArtistJson.Write(w, artist, context), MarketRule.Ignored))
            .ForOperation("get-an-artist", ScopeRequirement.AnyToken);
        api.MapGet("/artists", (HttpContext http) => CatalogLookups.Several(http, "artists", 50, (c, i) => c.FindArtist(i), (w, artist, context, _) => ArtistJson.Write(w, artist, context), MarketRule.Ignored))
            .ForOperation("get-multiple-artists", ScopeRequirement.AnyToken);
        api.MapGet("/artists/{id}/albums", (HttpContext http, string id) => GetArtistAlbums(http, id))
            .ForOperation("get-an-artists-albums", ScopeRequirement.AnyToken);
        api.MapGet("/artists/{id}/top-tracks", (HttpContext http, string id) => GetTopTracks(http, id))
            .ForOperation("get-an-artists-top-tracks", ScopeRequirement.AnyToken);
        api.MapGet("/artists/{id}/related-artists", (HttpContext http, string id) => GetRelatedArtists(http, id))
            .ForOperation("get-an-artists-related-artists", ScopeRequirement.AnyToken);
    }

    private static IResult GetArtistAlbums(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error) ||
            !Paging.TryRead(http.Request, maxLimit: 10, defaultLimit: 5, out var page, out error))
        {
            return error;
        }

        var groups = AlbumGroups;
        var includeGroups = http.Request.Query["include_groups"].ToString();
        if (includeGroups.Length > 0)
        {
            groups = includeGroups.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (groups.Length == 0 || groups.Any(g => !AlbumGroups.Contains(g, StringComparer.Ordinal)))
            {
                return SpotifyErrors.BadRequest("Invalid include_groups");
            }
        }

        if (!CatalogLookups.TryFind(id, request.Catalog.FindArtist, out var artist, out error))
        {
            return error;
        }

        var albums = request.Catalog.Data.DiscographyByArtist[artist.Id]
            .Where(a => groups.Contains(a.AlbumGroup, StringComparer.Ordinal))
            .Where(a => market is null || a.Album.AvailableMarkets.Contains(market, StringComparer.Ordinal))
            .ToArray();
        var context = request.Render(market);
        var links = request.CurrentLinks();
        return SpotifyJson.Ok(writer => Paging.WriteOffsetPage(writer, links, page, albums, (w, a) => AlbumJson.WriteDiscography(w, a.Album, a.AlbumGroup, context)));
    }

    private static IResult GetTopTracks(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error))
        {
            return error;
        }

        if (!CatalogLookups.TryFind(id, request.Catalog.FindArtist, out var artist, out error))
        {
            return error;
        }

        var tracks = request.Catalog.Data.TracksByArtist[artist.Id]
            .Where(t => market is null || t.AvailableMarkets.Contains(market, StringComparer.Ordinal))
            .Take(10)
            .ToArray();
        var context = request.Render(market);
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("tracks");
            foreach (var track in tracks)
            {
                TrackJson.Write(writer, track, context);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static IResult GetRelatedArtists(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!CatalogLookups.TryFind(id, request.Catalog.FindArtist, out var artist, out var error))
        {
            return error;
        }

        // Artists sharing most genres first, then the closest in popularity: stable and plausible.
        var related = request.Catalog.Artists
            .Where(a => a.Id != artist.Id)
            .OrderByDescending(a => a.Genres.Intersect(artist.Genres, StringComparer.Ordinal).Count())
            .ThenBy(a => Math.Abs(a.Popularity - artist.Popularity))
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(20)
            .ToArray();
        var context = request.Render(null);
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("artists");
            foreach (var other in related)
            {
                ArtistJson.Write(writer, other, context);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
