using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>The audio features and audio analysis operations (tagged Tracks in the spec; deprecated, still served).</summary>
[EmulatorEndpointGroup]
internal static class AudioEndpoints
{
    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/audio-features", (HttpContext http) => CatalogLookups.Several(http, "audio_features", 100, (c, i) => c.FindTrack(i), (w, track, context, _) => AudioJson.WriteFeatures(w, track, context), MarketRule.Ignored))
            .ForOperation("get-several-audio-features", ScopeRequirement.AnyToken);
        api.MapGet("/audio-features/{id}", (HttpContext http, string id) => CatalogLookups.One(http, id, (c, i) => c.FindTrack(i), (w, track, context, _) => AudioJson.WriteFeatures(w, track, context), MarketRule.Ignored))
            .ForOperation("get-audio-features", ScopeRequirement.AnyToken);
        api.MapGet("/audio-analysis/{id}", (HttpContext http, string id) => GetAudioAnalysis(http, id))
            .ForOperation("get-audio-analysis", ScopeRequirement.AnyToken);
    }

    private static IResult GetAudioAnalysis(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!CatalogLookups.TryFind(id, request.Catalog.FindTrack, out var track, out var error))
        {
            return error;
        }

        var now = request.State.Clock.GetUtcNow();
        return SpotifyJson.Ok(writer => AudioJson.WriteAnalysis(writer, track, now));
    }
}
