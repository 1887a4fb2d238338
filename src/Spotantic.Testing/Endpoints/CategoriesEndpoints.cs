using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>The operations tagged Categories first in the spec: the browse categories. Any token works.</summary>
[EmulatorEndpointGroup]
internal static class CategoriesEndpoints
{
    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/browse/categories", (HttpContext http) => GetCategories(http))
            .ForOperation("get-categories", ScopeRequirement.AnyToken);
        api.MapGet("/browse/categories/{category_id}", (HttpContext http, string category_id) => GetCategory(http, category_id))
            .ForOperation("get-a-category", ScopeRequirement.AnyToken);
    }

    private static IResult GetCategories(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryReadLocale(out var error) || !Paging.TryRead(http.Request, maxLimit: 50, defaultLimit: 20, out var page, out error))
        {
            return error;
        }

        var context = request.Render(null);
        var links = request.CurrentLinks();
        var categories = request.Catalog.Categories;
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("categories");
            Paging.WriteOffsetPage(writer, links, page, categories, (w, c) => CategoryJson.Write(w, c, context));
            writer.WriteEndObject();
        });
    }

    private static IResult GetCategory(HttpContext http, string categoryId)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryReadLocale(out var error))
        {
            return error;
        }

        if (!request.Catalog.TryGetCategory(categoryId, out var category))
        {
            return SpotifyErrors.NotFound("Specified id doesn't exist");
        }

        var context = request.Render(null);
        return SpotifyJson.Ok(writer => CategoryJson.Write(writer, category, context));
    }
}
