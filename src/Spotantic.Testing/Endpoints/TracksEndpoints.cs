using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>The operations tagged Tracks first in the spec (audio features and analysis excepted).</summary>
[EmulatorEndpointGroup]
internal static class TracksEndpoints
{
    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/tracks/{id}", (HttpContext http, string id) => CatalogLookups.One(http, id, (c, i) => c.FindTrack(i), (w, track, context, _) => TrackJson.Write(w, track, context)))
            .ForOperation("get-track", ScopeRequirement.AnyToken);
        api.MapGet("/tracks", (HttpContext http) => CatalogLookups.Several(http, "tracks", 50, (c, i) => c.FindTrack(i), (w, track, context, _) => TrackJson.Write(w, track, context)))
            .ForOperation("get-several-tracks", ScopeRequirement.AnyToken);
        api.MapGet("/me/tracks", (HttpContext http) => SavedItems.List<CatalogTrack>(http, EmulatorItemType.Track, "track", (c, id) => c.FindTrack(id), TrackJson.Write))
            .ForOperation("get-users-saved-tracks", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead));
        api.MapPut("/me/tracks", SpotifyRouteExtensions.Async(http => SavedItems.SaveAsync(http, EmulatorItemType.Track, maxQueryIds: 50, maxBodyIds: 50, acceptTimestampedIds: true)))
            .ForOperation("save-tracks-user", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify));
        api.MapDelete("/me/tracks", SpotifyRouteExtensions.Async(http => SavedItems.RemoveAsync(http, EmulatorItemType.Track, maxQueryIds: 50, maxBodyIds: 50)))
            .ForOperation("remove-tracks-user", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify));
        api.MapGet("/me/tracks/contains", (HttpContext http) => SavedItems.Contains(http, EmulatorItemType.Track, maxIds: 50))
            .ForOperation("check-users-saved-tracks", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead));
    }
}
