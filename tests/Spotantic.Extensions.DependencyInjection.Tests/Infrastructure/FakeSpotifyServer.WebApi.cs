using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>The Albums part of the Web API under <c>/v1/</c>, plus a non-idempotent test route.</summary>
public sealed partial class FakeSpotifyServer
{
    /// <summary>A POST that is not idempotent, for retry tests; it answers <c>{"accepted":n}</c>.</summary>
    public const string NonIdempotentPath = "/v1/test/non-idempotent";

    private const string LibraryRead = "user-library-read";
    private const string LibraryModify = "user-library-modify";

    private readonly List<(string Id, DateTimeOffset AddedAt)> _saved = [];
    private int _nonIdempotentCount;

    /// <summary>The IDs in the user's library, most recently added first.</summary>
    public IReadOnlyList<string> SavedAlbumIds
    {
        get
        {
            lock (_lock)
            {
                return [.. _saved.Select(entry => entry.Id)];
            }
        }
    }

    private async Task HandleApiAsync(HttpContext context, RecordedRequest request)
    {
        var path = request.Path["/v1".Length..];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var method = request.Method;

        Func<FakeResponse>? handler = null;
        string? scope = null;
        switch (segments)
        {
            case ["albums"] when HttpMethods.IsGet(method):
                handler = () => GetSeveralAlbums(context.Request.Query);
                break;
            case ["albums", var id] when HttpMethods.IsGet(method):
                handler = () => GetAlbum(id);
                break;
            case ["albums", var id, "tracks"] when HttpMethods.IsGet(method):
                handler = () => GetAlbumTracks(id, context.Request.Query);
                break;
            case ["me", "albums"] when HttpMethods.IsGet(method):
                scope = LibraryRead;
                handler = () => GetSavedAlbums(context.Request.Query);
                break;
            case ["me", "albums"] when HttpMethods.IsPut(method) || HttpMethods.IsDelete(method):
                scope = LibraryModify;
                handler = () => ChangeLibrary(request, save: HttpMethods.IsPut(method));
                break;
            case ["me", "albums", "contains"] when HttpMethods.IsGet(method):
                scope = LibraryRead;
                handler = () => CheckSaved(context.Request.Query);
                break;
            case ["browse", "new-releases"] when HttpMethods.IsGet(method):
                handler = () => GetNewReleases(context.Request.Query);
                break;
            case ["test", "non-idempotent"] when HttpMethods.IsPost(method):
                handler = () => new FakeResponse(200, new JsonObject { ["accepted"] = Interlocked.Increment(ref _nonIdempotentCount) }.ToJsonString());
                break;
        }

        if (handler is null)
        {
            await WriteAsync(context, FakeResponse.ApiError(404, "Service not found"));
            return;
        }

        var (granted, unauthorized) = Authenticate(request.BearerToken);
        if (unauthorized is not null)
        {
            await WriteAsync(context, unauthorized);
            return;
        }

        if (scope is not null && !granted!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal))
        {
            await WriteAsync(context, FakeResponse.ApiError(403, "Insufficient client scope"));
            return;
        }

        await WriteAsync(context, handler());
    }

    private FakeResponse GetAlbum(string id)
    {
        if (!IsSpotifyId(id))
        {
            return FakeResponse.ApiError(400, "Invalid base62 id");
        }

        return Catalog.Find(id) is { } album
            ? Json(FakeCatalog.AlbumJson(album, ApiBaseAddress))
            : FakeResponse.ApiError(404, "Resource not found");
    }

    private FakeResponse GetSeveralAlbums(IQueryCollection query)
    {
        if (ReadIds(query, out var ids) is { } error)
        {
            return error;
        }

        var albums = new JsonArray();
        foreach (var id in ids)
        {
            albums.Add(Catalog.Find(id) is { } album ? FakeCatalog.AlbumJson(album, ApiBaseAddress) : null);
        }

        return Json(new JsonObject { ["albums"] = albums });
    }

    private FakeResponse GetAlbumTracks(string id, IQueryCollection query)
    {
        if (!IsSpotifyId(id))
        {
            return FakeResponse.ApiError(400, "Invalid base62 id");
        }

        if (ReadPaging(query, out var limit, out var offset) is { } error)
        {
            return error;
        }

        return Catalog.Find(id) is { } album
            ? Json(FakeCatalog.TracksPageJson(album, ApiBaseAddress, offset, limit))
            : FakeResponse.ApiError(404, "Resource not found");
    }

    private FakeResponse GetSavedAlbums(IQueryCollection query)
    {
        if (ReadPaging(query, out var limit, out var offset) is { } error)
        {
            return error;
        }

        List<(string Id, DateTimeOffset AddedAt)> saved;
        lock (_lock)
        {
            saved = [.. _saved];
        }

        var items = new JsonArray();
        foreach (var (id, addedAt) in saved.Skip(offset).Take(limit))
        {
            items.Add(new JsonObject
            {
                ["added_at"] = addedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["album"] = FakeCatalog.AlbumJson(Catalog.Find(id)!, ApiBaseAddress),
            });
        }

        var market = query.TryGetValue("market", out var value) ? "&market=" + Uri.EscapeDataString(value.ToString()) : string.Empty;
        return Json(FakeCatalog.PageJson($"{ApiBaseAddress}me/albums", offset, limit, saved.Count, items, market));
    }

    private FakeResponse ChangeLibrary(RecordedRequest request, bool save)
    {
        IReadOnlyList<string> ids;
        if (request.QueryValue("ids") is not null)
        {
            if (ReadIds(request.QueryValue("ids"), out ids) is { } error)
            {
                return error;
            }
        }
        else if (!TryReadBodyIds(request.Body, out ids))
        {
            return FakeResponse.ApiError(400, "Missing required field: ids");
        }

        if (ids.Any(id => Catalog.Find(id) is null))
        {
            return FakeResponse.ApiError(400, "Invalid id");
        }

        lock (_lock)
        {
            foreach (var id in ids)
            {
                var index = _saved.FindIndex(entry => entry.Id == id);
                if (save && index < 0)
                {
                    _saved.Insert(0, (id, _time.GetUtcNow()));
                }
                else if (!save && index >= 0)
                {
                    _saved.RemoveAt(index);
                }
            }
        }

        return new FakeResponse(200);
    }

    private FakeResponse CheckSaved(IQueryCollection query)
    {
        if (ReadIds(query, out var ids) is { } error)
        {
            return error;
        }

        HashSet<string> saved;
        lock (_lock)
        {
            saved = [.. _saved.Select(entry => entry.Id)];
        }

        return Json(new JsonArray([.. ids.Select(id => (JsonNode)JsonValue.Create(saved.Contains(id)))]));
    }

    private FakeResponse GetNewReleases(IQueryCollection query)
    {
        if (ReadPaging(query, out var limit, out var offset) is { } error)
        {
            return error;
        }

        // Newest catalog entries first, as a release list would be.
        var releases = Catalog.Albums.Reverse().Take(40).ToList();
        var items = new JsonArray([.. releases.Skip(offset).Take(limit).Select(album => (JsonNode)FakeCatalog.SimplifiedAlbumJson(album, ApiBaseAddress))]);
        return Json(new JsonObject { ["albums"] = FakeCatalog.PageJson($"{ApiBaseAddress}browse/new-releases", offset, limit, releases.Count, items) });
    }

    private static FakeResponse? ReadPaging(IQueryCollection query, out int limit, out int offset)
    {
        limit = 20;
        offset = 0;
        if (query.TryGetValue("limit", out var limitText) && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 50))
        {
            return FakeResponse.ApiError(400, "Invalid limit");
        }

        if (query.TryGetValue("offset", out var offsetText) && !int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return FakeResponse.ApiError(400, "Invalid offset");
        }

        return null;
    }

    private static FakeResponse? ReadIds(IQueryCollection query, out IReadOnlyList<string> ids) =>
        ReadIds(query.TryGetValue("ids", out var value) ? value.ToString() : null, out ids);

    private static FakeResponse? ReadIds(string? text, out IReadOnlyList<string> ids)
    {
        ids = string.IsNullOrEmpty(text) ? [] : text.Split(',');
        if (ids.Count == 0)
        {
            return FakeResponse.ApiError(400, "Missing required field: ids");
        }

        if (ids.Count > 20)
        {
            return FakeResponse.ApiError(400, "Too many ids requested");
        }

        return ids.All(IsSpotifyId) ? null : FakeResponse.ApiError(400, "Invalid base62 id");
    }

    private static bool TryReadBodyIds(string body, out IReadOnlyList<string> ids)
    {
        ids = [];
        if (string.IsNullOrWhiteSpace(body))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("ids", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                ids = [.. array.EnumerateArray().Select(element => element.GetString() ?? string.Empty)];
                return ids.Count is > 0 and <= 50 && ids.All(IsSpotifyId);
            }
        }
        catch (JsonException)
        {
            // A malformed body is a 400, like a missing one.
        }

        return false;
    }

    private static FakeResponse Json(JsonNode node) => new(200, node.ToJsonString());

    private static bool IsSpotifyId(string id) => SpotifyIdPattern().IsMatch(id);

    [GeneratedRegex("^[0-9A-Za-z]{22}$", RegexOptions.CultureInvariant)]
    private static partial Regex SpotifyIdPattern();
}
