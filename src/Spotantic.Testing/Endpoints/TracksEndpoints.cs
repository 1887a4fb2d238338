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
        api.MapGet("/tracks/{id}", (HttpContext http, string id) => GetTrack(http, id))
            .ForOperation("get-track", ScopeRequirement.AnyToken);
        api.MapGet("/tracks", (HttpContext http) => GetTracks(http))
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

    private static IResult GetTrack(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error))
        {
            return error;
        }

        if (!SpotifyIds.IsValid(id))
        {
            return SpotifyErrors.InvalidId();
        }

        if (!request.Catalog.TryGetTrack(id, out var track))
        {
            return SpotifyErrors.NotFound();
        }

        var context = request.Render(market);
        return SpotifyJson.Ok(writer => TrackJson.Write(writer, track, context));
    }

    private static IResult GetTracks(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error) ||
            !SpotifyIds.TryReadQueryIds(http.Request, "ids", 50, out var ids, out error))
        {
            return error;
        }

        var context = request.Render(market);
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("tracks");
            foreach (var id in ids)
            {
                TrackJson.WriteOrNull(writer, id, context);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
