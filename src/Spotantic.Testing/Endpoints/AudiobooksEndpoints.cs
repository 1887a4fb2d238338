using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>The operations tagged Audiobooks first in the spec. Audiobooks and their chapters are public catalog data.</summary>
[EmulatorEndpointGroup]
internal static class AudiobooksEndpoints
{
    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/audiobooks/{id}", (HttpContext http, string id) => CatalogLookups.One(http, id, (c, i) => c.FindAudiobook(i), AudiobookJson.Write))
            .ForOperation("get-an-audiobook", ScopeRequirement.AnyToken);
        api.MapGet("/audiobooks", (HttpContext http) => CatalogLookups.Several(http, "audiobooks", 50, (c, i) => c.FindAudiobook(i), AudiobookJson.Write))
            .ForOperation("get-multiple-audiobooks", ScopeRequirement.AnyToken);
        api.MapGet("/audiobooks/{id}/chapters", (HttpContext http, string id) => GetAudiobookChapters(http, id))
            .ForOperation("get-audiobook-chapters", ScopeRequirement.AnyToken);
        api.MapGet("/me/audiobooks", (HttpContext http) => GetSavedAudiobooks(http))
            .ForOperation("get-users-saved-audiobooks", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead));
        api.MapPut("/me/audiobooks", SpotifyRouteExtensions.Async(http => SavedItems.SaveAsync(http, EmulatorItemType.Audiobook, maxQueryIds: 50, maxBodyIds: 50)))
            .ForOperation("save-audiobooks-user", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify));
        api.MapDelete("/me/audiobooks", SpotifyRouteExtensions.Async(http => SavedItems.RemoveAsync(http, EmulatorItemType.Audiobook, maxQueryIds: 50, maxBodyIds: 50)))
            .ForOperation("remove-audiobooks-user", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify));
        api.MapGet("/me/audiobooks/contains", (HttpContext http) => SavedItems.Contains(http, EmulatorItemType.Audiobook, maxIds: 50))
            .ForOperation("check-users-saved-audiobooks", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead));
    }

    private static IResult GetAudiobookChapters(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error) ||
            !Paging.TryRead(http.Request, maxLimit: 50, defaultLimit: 20, out var page, out error))
        {
            return error;
        }

        if (!CatalogLookups.TryFind(id, request.Catalog.FindAudiobook, out var audiobook, out error))
        {
            return error;
        }

        var chapters = audiobook.ChapterIds.Select(c => request.Catalog.FindChapter(c)!).ToArray();
        var context = request.Render(market);
        var resumePoints = ResumePoints.For(request);
        var links = request.CurrentLinks();
        return SpotifyJson.Ok(writer => Paging.WriteOffsetPage(writer, links, page, chapters, (w, c) => ChapterJson.WriteSimplified(w, c, context, resumePoints)));
    }

    private static IResult GetSavedAudiobooks(HttpContext http)
    {
        var resumePoints = ResumePoints.For(ApiRequest.Get(http));
        return SavedItems.List<CatalogAudiobook>(http, EmulatorItemType.Audiobook, "audiobook", (c, id) => c.FindAudiobook(id), (w, a, context) => AudiobookJson.Write(w, a, context, resumePoints));
    }
}
