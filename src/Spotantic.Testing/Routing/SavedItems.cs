using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Spotantic.Testing.Json;

namespace Spotantic.Testing.Routing;

/// <summary>
/// The per-type library operations shared by albums, tracks, episodes, shows and audiobooks: list saved items (newest
/// first), save, remove and check. IDs come from the <c>ids</c> query parameter or, when it is absent, from a JSON body
/// <c>{"ids": [...]}</c> (tracks also accept <c>timestamped_ids</c>).
/// </summary>
internal static class SavedItems
{
    /// <summary>One ID to save, with an explicit time when the body gave one.</summary>
    public readonly record struct IdToSave(string Id, DateTimeOffset? AddedAt);

    /// <summary>
    /// GET <c>/me/{type}s</c>: a page of Saved*Object items (<c>{"added_at": ..., "{itemProperty}": {...}}</c>).
    /// </summary>
    public static IResult List<T>(HttpContext http, EmulatorItemType type, string itemProperty, Func<EmulatorCatalog, string, T?> resolve, Action<Utf8JsonWriter, T, RenderContext> writeItem, int maxLimit = 50, int defaultLimit = 20)
        where T : class
    {
        var request = ApiRequest.Get(http);
        if (!Paging.TryRead(http.Request, maxLimit, defaultLimit, out var page, out var error) || !request.TryGetMarket(out var market, out error))
        {
            return error;
        }

        var entries = request.RequiredUser.Library.Snapshot(type)
            .Select(e => (Entry: e, Item: resolve(request.Catalog, e.Id)))
            .Where(p => p.Item is not null)
            .ToArray();
        var context = request.Render(market);
        var links = request.CurrentLinks();
        return SpotifyJson.Ok(writer => Paging.WriteOffsetPage(writer, links, page, entries, (w, pair) =>
        {
            w.WriteStartObject();
            w.WriteString("added_at", CommonJson.Timestamp(pair.Entry.AddedAt));
            w.WritePropertyName(itemProperty);
            writeItem(w, pair.Item!, context);
            w.WriteEndObject();
        }));
    }

    /// <summary>PUT <c>/me/{type}s</c>: saves; unknown IDs are 404 and nothing is saved.</summary>
    public static async Task<IResult> SaveAsync(HttpContext http, EmulatorItemType type, int maxQueryIds, int maxBodyIds, bool acceptTimestampedIds = false)
    {
        var request = ApiRequest.Get(http);
        var (ids, error) = await ReadIdsAsync(http, maxQueryIds, maxBodyIds, acceptTimestampedIds).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (ids.Any(i => !request.Catalog.Exists(type, i.Id)))
        {
            return SpotifyErrors.NotFound();
        }

        var now = request.State.Clock.GetUtcNow();
        foreach (var id in ids)
        {
            request.RequiredUser.Library.Add(type, [id.Id], id.AddedAt ?? now);
        }

        return Results.Ok();
    }

    /// <summary>DELETE <c>/me/{type}s</c>: removes; IDs not in the library are ignored.</summary>
    public static async Task<IResult> RemoveAsync(HttpContext http, EmulatorItemType type, int maxQueryIds, int maxBodyIds)
    {
        var request = ApiRequest.Get(http);
        var (ids, error) = await ReadIdsAsync(http, maxQueryIds, maxBodyIds, acceptTimestampedIds: false).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        request.RequiredUser.Library.Remove(type, [.. ids.Select(i => i.Id)]);
        return Results.Ok();
    }

    /// <summary>GET <c>/me/{type}s/contains</c>: one boolean per requested ID, in order.</summary>
    public static IResult Contains(HttpContext http, EmulatorItemType type, int maxIds)
    {
        var request = ApiRequest.Get(http);
        if (!SpotifyIds.TryReadQueryIds(http.Request, "ids", maxIds, out var ids, out var error))
        {
            return error;
        }

        var library = request.RequiredUser.Library;
        return SpotifyJson.Booleans(ids.Select(id => library.Contains(type, id)));
    }

    /// <summary>
    /// The IDs of a save or remove: the <c>ids</c> query parameter when present (at most <paramref name="maxQueryIds"/>),
    /// otherwise the JSON body's <c>ids</c> or <c>timestamped_ids</c> (at most <paramref name="maxBodyIds"/>). Each ID
    /// must pass <paramref name="isValidId"/> (by default a 22-character Spotify ID).
    /// </summary>
    public static async Task<(IReadOnlyList<IdToSave> Ids, IResult? Error)> ReadIdsAsync(HttpContext http, int maxQueryIds, int maxBodyIds, bool acceptTimestampedIds, Func<string, bool>? isValidId = null)
    {
        if (http.Request.Query.ContainsKey("ids"))
        {
            return SpotifyIds.TryReadQueryIds(http.Request, "ids", maxQueryIds, out var queryIds, out var queryError, isValidId)
                ? ([.. queryIds.Select(id => new IdToSave(id, null))], null)
                : ([], queryError);
        }

        var (document, readError) = await JsonBody.ReadObjectAsync(http, required: false).ConfigureAwait(false);
        if (readError is not null || document is null)
        {
            return ([], readError ?? SpotifyErrors.MissingParameter("ids"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (acceptTimestampedIds && root.TryGetProperty("timestamped_ids", out var timestamped))
            {
                return ReadTimestamped(timestamped, maxBodyIds);
            }

            if (!root.TryGetProperty("ids", out var idsElement) || idsElement.ValueKind != JsonValueKind.Array)
            {
                return ([], SpotifyErrors.MissingParameter("ids"));
            }

            var candidates = new List<string>();
            foreach (var element in idsElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.String)
                {
                    return ([], SpotifyErrors.InvalidId());
                }

                candidates.Add(element.GetString()!);
            }

            return SpotifyIds.TryValidateList(candidates, maxBodyIds, out var ids, out var error, isValidId)
                ? ([.. ids.Select(id => new IdToSave(id, null))], null)
                : ([], error);
        }
    }

    private static (IReadOnlyList<IdToSave> Ids, IResult? Error) ReadTimestamped(JsonElement timestamped, int max)
    {
        if (timestamped.ValueKind != JsonValueKind.Array)
        {
            return ([], SpotifyErrors.BadRequest(SpotifyErrors.ErrorParsingJson));
        }

        if (timestamped.GetArrayLength() > max)
        {
            return ([], SpotifyErrors.BadRequest(SpotifyErrors.TooManyIds));
        }

        var result = new List<IdToSave>();
        foreach (var element in timestamped.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object ||
                !element.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String ||
                !element.TryGetProperty("added_at", out var addedAt) || addedAt.ValueKind != JsonValueKind.String)
            {
                return ([], SpotifyErrors.BadRequest(SpotifyErrors.ErrorParsingJson));
            }

            if (!SpotifyIds.IsValid(id.GetString()))
            {
                return ([], SpotifyErrors.InvalidId());
            }

            if (!DateTimeOffset.TryParse(addedAt.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            {
                return ([], SpotifyErrors.BadRequest("Invalid added_at timestamp"));
            }

            result.Add(new IdToSave(id.GetString()!, time));
        }

        return (result, null);
    }
}
