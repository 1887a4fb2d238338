using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Endpoints;

/// <summary>
/// The catalog reads shared by the object types: one object by ID (<c>GET /albums/{id}</c>), several by IDs
/// (<c>GET /albums?ids=</c>), and the ID check behind every path ID.
/// </summary>
internal static class CatalogLookups
{
    /// <summary>A malformed ID is 400 "invalid id"; a well-formed one <paramref name="find"/> does not know is 404.</summary>
    public static bool TryFind<T>(
        string id,
        Func<string, T?> find,
        [NotNullWhen(true)] out T? item,
        [NotNullWhen(false)] out IResult? error,
        string notFoundMessage = SpotifyErrors.NotFoundMessage)
        where T : class
    {
        if (!SpotifyIds.IsValid(id))
        {
            item = null;
            error = SpotifyErrors.InvalidId();
            return false;
        }

        item = find(id);
        error = item is null ? SpotifyErrors.NotFound(notFoundMessage) : null;
        return item is not null;
    }

    /// <summary>
    /// <c>GET /{type}s/{id}</c>: the market is checked first (when <paramref name="market"/> reads it), then the ID as in
    /// <see cref="TryFind{T}"/>.
    /// </summary>
    public static IResult One<T>(
        HttpContext http,
        string id,
        Func<EmulatorCatalog, string, T?> find,
        Action<Utf8JsonWriter, T, RenderContext, ResumePoints> write,
        MarketRule market = MarketRule.Optional,
        string notFoundMessage = SpotifyErrors.NotFoundMessage)
        where T : class
    {
        var request = ApiRequest.Get(http);
        if (!TryReadMarket(request, market, out var effectiveMarket, out var error))
        {
            return error;
        }

        var placeable = market != MarketRule.Required || effectiveMarket is not null;
        if (!TryFind(id, i => placeable ? find(request.Catalog, i) : null, out var item, out error, notFoundMessage))
        {
            return error;
        }

        var context = request.Render(effectiveMarket);
        var resumePoints = ResumePoints.For(request);
        return SpotifyJson.Ok(writer => write(writer, item, context, resumePoints));
    }

    /// <summary>
    /// <c>GET /{type}s?ids=</c>: <c>{"{property}": [...]}</c> with one object per requested ID, in order, and null for
    /// an unknown one. At most <paramref name="maxIds"/> IDs.
    /// </summary>
    public static IResult Several<T>(
        HttpContext http,
        string property,
        int maxIds,
        Func<EmulatorCatalog, string, T?> find,
        Action<Utf8JsonWriter, T, RenderContext, ResumePoints> write,
        MarketRule market = MarketRule.Optional)
        where T : class
    {
        var request = ApiRequest.Get(http);
        if (!TryReadMarket(request, market, out var effectiveMarket, out var error) ||
            !SpotifyIds.TryReadQueryIds(http.Request, "ids", maxIds, out var ids, out error))
        {
            return error;
        }

        var placeable = market != MarketRule.Required || effectiveMarket is not null;
        var context = request.Render(effectiveMarket);
        var resumePoints = ResumePoints.For(request);
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray(property);
            foreach (var id in ids)
            {
                if (placeable && find(request.Catalog, id) is { } item)
                {
                    write(writer, item, context, resumePoints);
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

    private static bool TryReadMarket(ApiRequest request, MarketRule rule, out string? market, [NotNullWhen(false)] out IResult? error)
    {
        if (rule == MarketRule.Ignored)
        {
            market = null;
            error = null;
            return true;
        }

        return request.TryGetMarket(out market, out error);
    }
}
