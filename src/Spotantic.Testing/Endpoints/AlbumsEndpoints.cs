using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>The operations tagged Albums first in the spec.</summary>
[EmulatorEndpointGroup]
internal static class AlbumsEndpoints
{
    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/albums/{id}", (HttpContext http, string id) => CatalogLookups.One(http, id, (c, i) => c.FindAlbum(i), (w, album, context, _) => AlbumJson.Write(w, album, context)))
            .ForOperation("get-an-album", ScopeRequirement.AnyToken);
        api.MapGet("/albums", (HttpContext http) => CatalogLookups.Several(http, "albums", 20, (c, i) => c.FindAlbum(i), (w, album, context, _) => AlbumJson.Write(w, album, context)))
            .ForOperation("get-multiple-albums", ScopeRequirement.AnyToken);
        api.MapGet("/albums/{id}/tracks", (HttpContext http, string id) => GetAlbumTracks(http, id))
            .ForOperation("get-an-albums-tracks", ScopeRequirement.AnyToken);
        api.MapGet("/me/albums", (HttpContext http) => SavedItems.List<CatalogAlbum>(http, EmulatorItemType.Album, "album", (c, id) => c.FindAlbum(id), AlbumJson.Write))
            .ForOperation("get-users-saved-albums", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead));
        api.MapPut("/me/albums", SpotifyRouteExtensions.Async(http => SavedItems.SaveAsync(http, EmulatorItemType.Album, maxQueryIds: 20, maxBodyIds: 50)))
            .ForOperation("save-albums-user", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify));
        api.MapDelete("/me/albums", SpotifyRouteExtensions.Async(http => SavedItems.RemoveAsync(http, EmulatorItemType.Album, maxQueryIds: 20, maxBodyIds: 50)))
            .ForOperation("remove-albums-user", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify));
        api.MapGet("/me/albums/contains", (HttpContext http) => SavedItems.Contains(http, EmulatorItemType.Album, maxIds: 20))
            .ForOperation("check-users-saved-albums", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead));
        api.MapGet("/browse/new-releases", (HttpContext http) => GetNewReleases(http, state))
            .ForOperation("get-new-releases", ScopeRequirement.AnyToken);
    }

    private static IResult GetAlbumTracks(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error) ||
            !Paging.TryRead(http.Request, maxLimit: 50, defaultLimit: 20, out var page, out error))
        {
            return error;
        }

        if (!CatalogLookups.TryFind(id, request.Catalog.FindAlbum, out var album, out error))
        {
            return error;
        }

        var tracks = album.TrackIds.Select(t => request.Catalog.FindTrack(t)!).ToArray();
        var context = request.Render(market);
        var links = request.CurrentLinks();
        return SpotifyJson.Ok(writer => Paging.WriteOffsetPage(writer, links, page, tracks, (w, t) => TrackJson.WriteSimplified(w, t, context)));
    }

    private static IResult GetNewReleases(HttpContext http, EmulatorState state)
    {
        var request = ApiRequest.Get(http);
        if (!Paging.TryRead(http.Request, maxLimit: 50, defaultLimit: 20, out var page, out var error))
        {
            return error;
        }

        var context = request.Render(null);
        var links = request.CurrentLinks();
        var albums = state.Catalog.Data.NewReleases;
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("albums");
            Paging.WriteOffsetPage(writer, links, page, albums, (w, a) => AlbumJson.WriteSimplified(w, a, context));
            writer.WriteEndObject();
        });
    }
}
