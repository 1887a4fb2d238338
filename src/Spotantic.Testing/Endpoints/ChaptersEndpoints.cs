using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>The operations tagged Chapters first in the spec. Chapters are public catalog data.</summary>
[EmulatorEndpointGroup]
internal static class ChaptersEndpoints
{
    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/chapters/{id}", (HttpContext http, string id) => GetChapter(http, id))
            .ForOperation("get-a-chapter", ScopeRequirement.AnyToken);
        api.MapGet("/chapters", (HttpContext http) => GetChapters(http))
            .ForOperation("get-several-chapters", ScopeRequirement.AnyToken);
    }

    private static IResult GetChapter(HttpContext http, string id)
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

        if (!request.Catalog.TryGetChapter(id, out var chapter))
        {
            return SpotifyErrors.NotFound();
        }

        var context = request.Render(market);
        var resumePoints = ResumePoints.For(request);
        return SpotifyJson.Ok(writer => ChapterJson.Write(writer, chapter, context, resumePoints));
    }

    private static IResult GetChapters(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error) ||
            !SpotifyIds.TryReadQueryIds(http.Request, "ids", 50, out var ids, out error))
        {
            return error;
        }

        var context = request.Render(market);
        var resumePoints = ResumePoints.For(request);
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("chapters");
            foreach (var id in ids)
            {
                ChapterJson.WriteOrNull(writer, id, context, resumePoints);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
