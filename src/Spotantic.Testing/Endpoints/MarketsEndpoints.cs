using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>The operations tagged Markets first in the spec.</summary>
[EmulatorEndpointGroup]
internal static class MarketsEndpoints
{
    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapGet("/markets", (HttpContext http) => GetMarkets(http))
            .ForOperation("get-available-markets", ScopeRequirement.AnyToken);
    }

    private static IResult GetMarkets(HttpContext http)
    {
        var markets = ApiRequest.Get(http).Catalog.Markets;
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            CommonJson.WriteStrings(writer, "markets", markets);
            writer.WriteEndObject();
        });
    }
}
