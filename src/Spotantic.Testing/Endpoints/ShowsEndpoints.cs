using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>
/// The operations tagged Shows first in the spec. Shows are public catalog data (any token), but Spotify answers 404
/// "non existing id" to a client-credentials token that names no market: without a user country there is no market to
/// find the show in.
/// </summary>
[EmulatorEndpointGroup]
internal static class ShowsEndpoints
{
    /// <summary>Spotify's message for a show or episode it cannot find (or cannot place in a market).</summary>
    public const string NonExistingId = "non existing id";

    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/shows/{id}", (HttpContext http, string id) => CatalogLookups.One(http, id, (c, i) => c.FindShow(i), ShowJson.Write, MarketRule.Required, NonExistingId))
            .ForOperation("get-a-show", ScopeRequirement.AnyToken);
        api.MapGet("/shows", (HttpContext http) => CatalogLookups.Several(http, "shows", 50, (c, i) => c.FindShow(i), (w, show, context, _) => ShowJson.WriteSimplified(w, show, context), MarketRule.Required))
            .ForOperation("get-multiple-shows", ScopeRequirement.AnyToken);
        api.MapGet("/shows/{id}/episodes", (HttpContext http, string id) => GetShowEpisodes(http, id))
            .ForOperation("get-a-shows-episodes", ScopeRequirement.AnyToken);
        api.MapGet("/me/shows", (HttpContext http) => SavedItems.List<CatalogShow>(http, EmulatorItemType.Show, "show", (c, id) => c.FindShow(id), ShowJson.WriteSimplified))
            .ForOperation("get-users-saved-shows", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead));
        api.MapPut("/me/shows", SpotifyRouteExtensions.Async(http => SavedItems.SaveAsync(http, EmulatorItemType.Show, maxQueryIds: 50, maxBodyIds: 50)))
            .ForOperation("save-shows-user", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify));
        api.MapDelete("/me/shows", SpotifyRouteExtensions.Async(http => RemoveShowsAsync(http)))
            .ForOperation("remove-shows-user", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify));
        api.MapGet("/me/shows/contains", (HttpContext http) => SavedItems.Contains(http, EmulatorItemType.Show, maxIds: 50))
            .ForOperation("check-users-saved-shows", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead));
    }

    private static IResult GetShowEpisodes(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error) ||
            !Paging.TryRead(http.Request, maxLimit: 50, defaultLimit: 20, out var page, out error))
        {
            return error;
        }

        if (!CatalogLookups.TryFind(id, i => market is null ? null : request.Catalog.FindShow(i), out var show, out error, NonExistingId))
        {
            return error;
        }

        var episodes = show.EpisodeIds.Select(e => request.Catalog.FindEpisode(e)!).ToArray();
        var context = request.Render(market);
        var resumePoints = ResumePoints.For(request);
        var links = request.CurrentLinks();
        return SpotifyJson.Ok(writer => Paging.WriteOffsetPage(writer, links, page, episodes, (w, e) => EpisodeJson.WriteSimplified(w, e, context, resumePoints)));
    }

    private static Task<IResult> RemoveShowsAsync(HttpContext http)
    {
        // The spec gives this operation a market parameter; it changes nothing, but a malformed one is still a 400.
        var request = ApiRequest.Get(http);
        return request.TryGetMarket(out _, out var error)
            ? SavedItems.RemoveAsync(http, EmulatorItemType.Show, maxQueryIds: 50, maxBodyIds: 50)
            : Task.FromResult(error);
    }
}
