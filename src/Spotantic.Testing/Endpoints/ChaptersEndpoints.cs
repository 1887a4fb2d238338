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
        api.MapGet("/chapters/{id}", (HttpContext http, string id) => CatalogLookups.One(http, id, (c, i) => c.FindChapter(i), ChapterJson.Write))
            .ForOperation("get-a-chapter", ScopeRequirement.AnyToken);
        api.MapGet("/chapters", (HttpContext http) => CatalogLookups.Several(http, "chapters", 50, (c, i) => c.FindChapter(i), ChapterJson.Write))
            .ForOperation("get-several-chapters", ScopeRequirement.AnyToken);
    }
}
