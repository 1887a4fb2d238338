using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>
/// The operations tagged Episodes first in the spec. Episodes are public catalog data (any token); the spec's
/// <c>user-read-playback-position</c> only adds each episode's <c>resume_point</c>. As for shows, a client-credentials
/// token that names no market gets 404 "non existing id".
/// </summary>
[EmulatorEndpointGroup]
internal static class EpisodesEndpoints
{
    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/episodes/{id}", (HttpContext http, string id) => CatalogLookups.One(http, id, (c, i) => c.FindEpisode(i), EpisodeJson.Write, MarketRule.Required, ShowsEndpoints.NonExistingId))
            .ForOperation("get-an-episode", ScopeRequirement.AnyToken);
        api.MapGet("/episodes", (HttpContext http) => CatalogLookups.Several(http, "episodes", 50, (c, i) => c.FindEpisode(i), EpisodeJson.Write, MarketRule.Required))
            .ForOperation("get-multiple-episodes", ScopeRequirement.AnyToken);
        api.MapGet("/me/episodes", (HttpContext http) => GetSavedEpisodes(http))
            .ForOperation("get-users-saved-episodes", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead));
        api.MapPut("/me/episodes", SpotifyRouteExtensions.Async(http => SavedItems.SaveAsync(http, EmulatorItemType.Episode, maxQueryIds: 50, maxBodyIds: 50)))
            .ForOperation("save-episodes-user", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify));
        api.MapDelete("/me/episodes", SpotifyRouteExtensions.Async(http => SavedItems.RemoveAsync(http, EmulatorItemType.Episode, maxQueryIds: 50, maxBodyIds: 50)))
            .ForOperation("remove-episodes-user", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify));
        api.MapGet("/me/episodes/contains", (HttpContext http) => SavedItems.Contains(http, EmulatorItemType.Episode, maxIds: 50))
            .ForOperation("check-users-saved-episodes", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead));
    }

    private static IResult GetSavedEpisodes(HttpContext http)
    {
        var resumePoints = ResumePoints.For(ApiRequest.Get(http));
        return SavedItems.List<CatalogEpisode>(http, EmulatorItemType.Episode, "episode", (c, id) => c.FindEpisode(id), (w, e, context) => EpisodeJson.Write(w, e, context, resumePoints));
    }
}
