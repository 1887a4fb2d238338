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
        api.MapGet("/audio-features", (HttpContext http) => GetSeveralAudioFeatures(http))
            .ForOperation("get-several-audio-features", ScopeRequirement.AnyToken);
        api.MapGet("/audio-features/{id}", (HttpContext http, string id) => GetAudioFeatures(http, id))
            .ForOperation("get-audio-features", ScopeRequirement.AnyToken);
        api.MapGet("/audio-analysis/{id}", (HttpContext http, string id) => GetAudioAnalysis(http, id))
            .ForOperation("get-audio-analysis", ScopeRequirement.AnyToken);
    }

    private static IResult GetSeveralAudioFeatures(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!SpotifyIds.TryReadQueryIds(http.Request, "ids", 100, out var ids, out var error))
        {
            return error;
        }

        var context = request.Render(null);
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("audio_features");
            foreach (var id in ids)
            {
                if (request.Catalog.TryGetTrack(id, out var track))
                {
                    AudioJson.WriteFeatures(writer, track, context);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static IResult GetAudioFeatures(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!TryFindTrack(request, id, out var track, out var error))
        {
            return error;
        }

        var context = request.Render(null);
        return SpotifyJson.Ok(writer => AudioJson.WriteFeatures(writer, track, context));
    }

    private static IResult GetAudioAnalysis(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!TryFindTrack(request, id, out var track, out var error))
        {
            return error;
        }

        var now = request.State.Clock.GetUtcNow();
        return SpotifyJson.Ok(writer => AudioJson.WriteAnalysis(writer, track, now));
    }

    private static bool TryFindTrack(ApiRequest request, string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CatalogTrack? track, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? error)
    {
        track = null;
        if (!SpotifyIds.IsValid(id))
        {
            error = SpotifyErrors.InvalidId();
            return false;
        }

        if (!request.Catalog.TryGetTrack(id, out track))
        {
            error = SpotifyErrors.NotFound();
            return false;
        }

        error = null;
        return true;
    }
}
