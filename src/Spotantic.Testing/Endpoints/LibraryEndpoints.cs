using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>
/// <c>PUT /me/library</c>, <c>DELETE /me/library</c> and <c>GET /me/library/contains</c>: up to 40 Spotify URIs of
/// mixed types, each type needing its own scope (library, follow or playlist scopes).
/// </summary>
[EmulatorEndpointGroup]
internal static class LibraryEndpoints
{
    private const int MaxUris = 40;

    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        api.MapPut("/me/library", (HttpContext http) => Save(http))
            .ForOperation("save-library-items", ScopeRequirement.Custom("per URI type (modify)", c => HasScopesForUris(c, modify: true)));
        api.MapDelete("/me/library", (HttpContext http) => Remove(http))
            .ForOperation("remove-library-items", ScopeRequirement.Custom("per URI type (modify)", c => HasScopesForUris(c, modify: true)));
        api.MapGet("/me/library/contains", (HttpContext http) => Contains(http))
            .ForOperation("check-library-contains", ScopeRequirement.Custom("per URI type (read)", c => HasScopesForUris(c, modify: false)));
    }

    /// <summary>
    /// The scopes a URI type needs. Spotify's list for PUT/DELETE omits artists although the deprecated follow-artists
    /// operation points here; the emulator accepts them with the follow scope.
    /// </summary>
    internal static IReadOnlyList<string> ScopesFor(EmulatorItemType type, bool modify) => type switch
    {
        EmulatorItemType.Artist or EmulatorItemType.User => [modify ? SpotifyScopes.UserFollowModify : SpotifyScopes.UserFollowRead],
        EmulatorItemType.Playlist => modify ? [SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate] : [SpotifyScopes.PlaylistReadPrivate],
        _ => [modify ? SpotifyScopes.UserLibraryModify : SpotifyScopes.UserLibraryRead],
    };

    private static bool HasScopesForUris(ScopeCheckContext context, bool modify)
    {
        // Malformed input is answered with 400 by the handler, after the token has been accepted.
        if (!TryReadUris(context.Http, out var items, out _))
        {
            return true;
        }

        return items.Select(i => i.Type).Distinct().All(type => ScopesFor(type, modify).Any(context.Has));
    }

    private static IResult Save(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!TryReadUris(http, out var items, out var error))
        {
            return error;
        }

        foreach (var (type, id) in items)
        {
            var exists = type == EmulatorItemType.User ? request.State.Users.ContainsKey(id) : request.Catalog.Exists(type, id);
            if (!exists)
            {
                return SpotifyErrors.NotFound();
            }
        }

        var library = request.RequiredUser.Library;
        var now = request.State.Clock.GetUtcNow();
        foreach (var (type, id) in items)
        {
            library.Add(type, [id], now);
        }

        return Results.Ok();
    }

    private static IResult Remove(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!TryReadUris(http, out var items, out var error))
        {
            return error;
        }

        foreach (var (type, id) in items)
        {
            request.RequiredUser.Library.Remove(type, id);
        }

        return Results.Ok();
    }

    private static IResult Contains(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!TryReadUris(http, out var items, out var error))
        {
            return error;
        }

        var library = request.RequiredUser.Library;
        return SpotifyJson.Booleans(items.Select(i => library.Contains(i.Type, i.Id)));
    }

    private static bool TryReadUris(HttpContext http, out List<(EmulatorItemType Type, string Id)> items, [NotNullWhen(false)] out IResult? error)
    {
        items = [];
        var raw = http.Request.Query["uris"].ToString();
        if (raw.Length == 0)
        {
            error = SpotifyErrors.MissingParameter("uris");
            return false;
        }

        var uris = raw.Split(',', StringSplitOptions.TrimEntries);
        if (uris.Length > MaxUris)
        {
            error = SpotifyErrors.BadRequest($"Too many URIs requested. Maximum: {MaxUris}");
            return false;
        }

        foreach (var uri in uris)
        {
            if (!SpotifyIds.TryParseUri(uri, out var uriType, out var id))
            {
                error = SpotifyErrors.BadRequest("Invalid Spotify URI: " + uri);
                return false;
            }

            if (!SpotifyIds.TryGetItemType(uriType, out var type))
            {
                error = SpotifyErrors.BadRequest("Unsupported URI type: " + uriType);
                return false;
            }

            items.Add((type, id));
        }

        error = null;
        return true;
    }
}
