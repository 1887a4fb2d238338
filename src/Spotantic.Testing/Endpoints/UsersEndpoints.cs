using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>
/// The operations tagged Users first in the spec: the current user's and other users' profiles, top artists and
/// tracks, followed artists, following artists, users and playlists, and the follow checks.
/// </summary>
[EmulatorEndpointGroup]
internal static class UsersEndpoints
{
    private const int MaxFollowIds = 50;
    private const int MaxLimit = 50;
    private const int DefaultLimit = 20;

    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        // The spec lists user-read-private and user-read-email, but Spotify answers without them and leaves fields out.
        api.MapGet("/me", (HttpContext http) => GetCurrentUser(http))
            .ForOperation("get-current-users-profile", ScopeRequirement.User);

        // Public profiles need no scope; a client-credentials token works too.
        api.MapGet("/users/{user_id}", (HttpContext http, string user_id) => GetUser(http, user_id))
            .ForOperation("get-users-profile", ScopeRequirement.AnyToken);

        // Following a playlist publicly needs playlist-modify-public, privately playlist-modify-private; either will do.
        api.MapPut("/playlists/{playlist_id}/followers", (HttpContext http, string playlist_id) => FollowPlaylistAsync(http, playlist_id))
            .ForOperation("follow-playlist", ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate));
        api.MapDelete("/playlists/{playlist_id}/followers", (HttpContext http, string playlist_id) => UnfollowPlaylist(http, playlist_id))
            .ForOperation("unfollow-playlist", ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate));
        api.MapGet("/playlists/{playlist_id}/followers/contains", (HttpContext http, string playlist_id) => CheckPlaylistFollowers(http, playlist_id))
            .ForOperation("check-if-user-follows-playlist", ScopeRequirement.AnyToken);

        api.MapGet("/me/following", (HttpContext http) => GetFollowedArtists(http))
            .ForOperation("get-followed", ScopeRequirement.AllOf(SpotifyScopes.UserFollowRead));
        api.MapPut("/me/following", SpotifyRouteExtensions.Async(http => FollowAsync(http, follow: true)))
            .ForOperation("follow-artists-users", ScopeRequirement.AllOf(SpotifyScopes.UserFollowModify));
        api.MapDelete("/me/following", SpotifyRouteExtensions.Async(http => FollowAsync(http, follow: false)))
            .ForOperation("unfollow-artists-users", ScopeRequirement.AllOf(SpotifyScopes.UserFollowModify));
        api.MapGet("/me/following/contains", (HttpContext http) => CheckFollows(http))
            .ForOperation("check-current-user-follows", ScopeRequirement.AllOf(SpotifyScopes.UserFollowRead));

        // A ranking depends only on the user and the time range, and ranking the whole catalog is costly: once each.
        var topArtists = new ConcurrentDictionary<(string UserId, string TimeRange), CatalogArtist[]>();
        var topTracks = new ConcurrentDictionary<(string UserId, string TimeRange), CatalogTrack[]>();
        api.MapGet("/me/top/artists", (HttpContext http) => GetTopArtists(http, topArtists))
            .ForOperation("get-users-top-artists", ScopeRequirement.AllOf(SpotifyScopes.UserTopRead));
        api.MapGet("/me/top/tracks", (HttpContext http) => GetTopTracks(http, topTracks))
            .ForOperation("get-users-top-tracks", ScopeRequirement.AllOf(SpotifyScopes.UserTopRead));
    }

    /// <summary>
    /// The user's top artists for a time range: a deterministic pseudo-affinity ranking of the catalog (the same user,
    /// range and catalog seed always give the same list), longer than one page at the maximum limit.
    /// </summary>
    private static CatalogArtist[] TopArtists(EmulatorCatalog catalog, string userId, string timeRange) =>
        Rank(catalog.Artists, a => a.Id, userId, timeRange, timeRange switch { "short_term" => 55, "long_term" => 75, _ => 65 });

    /// <summary>The user's top tracks for a time range, ranked like <see cref="TopArtists"/>.</summary>
    private static CatalogTrack[] TopTracks(EmulatorCatalog catalog, string userId, string timeRange) =>
        Rank(catalog.Tracks, t => t.Id, userId, timeRange, timeRange switch { "short_term" => 60, "long_term" => 120, _ => 90 });

    private static IResult GetCurrentUser(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        var user = request.RequiredUser;
        var context = request.Render(null);
        var includeEmail = request.HasScope(SpotifyScopes.UserReadEmail);
        var includePrivate = request.HasScope(SpotifyScopes.UserReadPrivate);
        return SpotifyJson.Ok(writer => UserJson.WritePrivate(writer, user, context, includeEmail, includePrivate));
    }

    private static IResult GetUser(HttpContext http, string userId)
    {
        var request = ApiRequest.Get(http);
        var user = request.State.FindUser(userId);
        if (user is null)
        {
            return SpotifyErrors.NotFound();
        }

        var context = request.Render(null);
        return SpotifyJson.Ok(writer => UserJson.WritePublic(writer, user, context));
    }

    private static async Task<IResult> FollowPlaylistAsync(HttpContext http, string playlistId)
    {
        var request = ApiRequest.Get(http);
        if (!CatalogLookups.TryFind(playlistId, request.Catalog.FindPlaylist, out _, out var error))
        {
            return error;
        }

        // The body is optional: {"public": bool}. Anything else that is not JSON is refused, as Spotify does.
        var (document, readError) = await JsonBody.ReadObjectAsync(http, required: false).ConfigureAwait(false);
        using (document)
        {
            if (readError is not null)
            {
                return readError;
            }

            if (document is not null && !JsonBody.TryGetBool(document.RootElement, "public", out _))
            {
                return SpotifyErrors.BadRequest(SpotifyErrors.ErrorParsingJson);
            }
        }

        request.RequiredUser.Library.Add(EmulatorItemType.Playlist, [playlistId], request.State.Clock.GetUtcNow());
        return Results.Ok();
    }

    private static IResult UnfollowPlaylist(HttpContext http, string playlistId)
    {
        var request = ApiRequest.Get(http);
        if (!CatalogLookups.TryFind(playlistId, request.Catalog.FindPlaylist, out _, out var error))
        {
            return error;
        }

        request.RequiredUser.Library.Remove(EmulatorItemType.Playlist, playlistId);
        return Results.Ok();
    }

    private static IResult CheckPlaylistFollowers(HttpContext http, string playlistId)
    {
        var request = ApiRequest.Get(http);
        if (!CatalogLookups.TryFind(playlistId, request.Catalog.FindPlaylist, out _, out var error))
        {
            return error;
        }

        // ids (deprecated) names at most one user; without it the token's user is checked.
        string? userId = request.User?.Id;
        var raw = http.Request.Query["ids"].ToString();
        if (raw.Length > 0)
        {
            var ids = raw.Split(',', StringSplitOptions.TrimEntries);
            if (ids.Length > 1)
            {
                return SpotifyErrors.BadRequest(SpotifyErrors.TooManyIds);
            }

            userId = ids[0];
        }

        if (userId is null)
        {
            return SpotifyErrors.MissingParameter("ids");
        }

        var follows = request.State.FindUser(userId)?.Library.Contains(EmulatorItemType.Playlist, playlistId) ?? false;
        return SpotifyJson.Booleans([follows]);
    }

    private static IResult GetFollowedArtists(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!TryReadArtistType(http, out var error) || !Paging.TryReadLimit(http.Request, MaxLimit, DefaultLimit, out var limit, out error))
        {
            return error;
        }

        var after = http.Request.Query["after"].ToString();
        if (after.Length > 0 && !SpotifyIds.IsValid(after))
        {
            return SpotifyErrors.InvalidId();
        }

        // Newest follow first; the cursor is the ID of the last artist already returned.
        var artists = request.RequiredUser.Library.GetIds(EmulatorItemType.Artist)
            .Select(request.Catalog.FindArtist)
            .OfType<CatalogArtist>()
            .ToArray();
        var start = 0;
        if (after.Length > 0)
        {
            var index = Array.FindIndex(artists, a => a.Id == after);
            start = index < 0 ? artists.Length : index + 1;
        }

        var page = artists.Skip(start).Take(limit).ToArray();
        var nextCursor = start + page.Length < artists.Length && page.Length > 0 ? page[^1].Id : null;
        var context = request.Render(null);
        var links = request.CurrentLinks();
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("artists");
            WriteCursorPage(writer, http, links, limit, artists.Length, page, nextCursor, (w, artist) => ArtistJson.Write(w, artist, context));
            writer.WriteEndObject();
        });
    }

    private static async Task<IResult> FollowAsync(HttpContext http, bool follow)
    {
        var request = ApiRequest.Get(http);
        if (!TryReadFollowType(http, out var type, out var error))
        {
            return error;
        }

        var (toFollow, idsError) = await SavedItems.ReadIdsAsync(http, MaxFollowIds, MaxFollowIds, acceptTimestampedIds: false, FollowIdValidator(type)).ConfigureAwait(false);
        if (idsError is not null)
        {
            return idsError;
        }

        // User IDs are opaque, but the request must name at least one.
        if (type == EmulatorItemType.User && toFollow.Count == 0)
        {
            return SpotifyErrors.InvalidId();
        }

        var ids = toFollow.Select(i => i.Id).ToArray();

        var library = request.RequiredUser.Library;
        if (follow)
        {
            var unknown = type == EmulatorItemType.User
                ? ids.Any(id => request.State.FindUser(id) is null)
                : ids.Any(id => !request.Catalog.Exists(type, id));
            if (unknown)
            {
                return SpotifyErrors.NotFound();
            }

            library.Add(type, ids, request.State.Clock.GetUtcNow());
        }
        else
        {
            library.Remove(type, [.. ids]);
        }

        return Results.NoContent();
    }

    private static IResult CheckFollows(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!TryReadFollowType(http, out var type, out var error))
        {
            return error;
        }

        if (!SpotifyIds.TryReadQueryIds(http.Request, "ids", MaxFollowIds, out var ids, out error, FollowIdValidator(type)))
        {
            return error;
        }

        var library = request.RequiredUser.Library;
        return SpotifyJson.Booleans(ids.Select(id => library.Contains(type, id)));
    }

    private static IResult GetTopArtists(HttpContext http, ConcurrentDictionary<(string UserId, string TimeRange), CatalogArtist[]> cache)
    {
        var request = ApiRequest.Get(http);
        if (!TryReadTimeRange(http, out var timeRange, out var error) || !Paging.TryRead(http.Request, MaxLimit, DefaultLimit, out var page, out error))
        {
            return error;
        }

        var artists = cache.GetOrAdd((request.RequiredUser.Id, timeRange), static (key, catalog) => TopArtists(catalog, key.UserId, key.TimeRange), request.Catalog);
        var context = request.Render(null);
        var links = request.CurrentLinks();
        return SpotifyJson.Ok(writer => Paging.WriteOffsetPage(writer, links, page, artists, (w, artist) => ArtistJson.Write(w, artist, context)));
    }

    private static IResult GetTopTracks(HttpContext http, ConcurrentDictionary<(string UserId, string TimeRange), CatalogTrack[]> cache)
    {
        var request = ApiRequest.Get(http);
        if (!TryReadTimeRange(http, out var timeRange, out var error) ||
            !Paging.TryRead(http.Request, MaxLimit, DefaultLimit, out var page, out error) ||
            !request.TryGetMarket(out var market, out error))
        {
            return error;
        }

        var tracks = cache.GetOrAdd((request.RequiredUser.Id, timeRange), static (key, catalog) => TopTracks(catalog, key.UserId, key.TimeRange), request.Catalog);
        var context = request.Render(market);
        var links = request.CurrentLinks();
        return SpotifyJson.Ok(writer => Paging.WriteOffsetPage(writer, links, page, tracks, (w, track) => TrackJson.Write(w, track, context)));
    }

    private static bool TryReadArtistType(HttpContext http, [NotNullWhen(false)] out IResult? error)
    {
        var raw = http.Request.Query["type"].ToString();
        error = raw.Length == 0 ? SpotifyErrors.MissingParameter("type")
            : raw != "artist" ? SpotifyErrors.BadRequest("Invalid type: only 'artist' is supported")
            : null;
        return error is null;
    }

    private static bool TryReadFollowType(HttpContext http, out EmulatorItemType type, [NotNullWhen(false)] out IResult? error)
    {
        var raw = http.Request.Query["type"].ToString();
        (type, error) = raw switch
        {
            "artist" => (EmulatorItemType.Artist, null),
            "user" => (EmulatorItemType.User, null),
            "" => (default, SpotifyErrors.MissingParameter("type")),
            _ => (default(EmulatorItemType), SpotifyErrors.BadRequest("Invalid type: must be 'artist' or 'user'")),
        };
        return error is null;
    }

    private static bool TryReadTimeRange(HttpContext http, out string timeRange, [NotNullWhen(false)] out IResult? error)
    {
        timeRange = http.Request.Query["time_range"].ToString();
        if (timeRange.Length == 0)
        {
            timeRange = "medium_term";
        }

        error = timeRange is "short_term" or "medium_term" or "long_term" ? null : SpotifyErrors.BadRequest("Invalid time range");
        return error is null;
    }

    /// <summary>Artists need 22-character base-62 IDs (the default); user IDs are opaque but not empty.</summary>
    private static Func<string, bool>? FollowIdValidator(EmulatorItemType type) =>
        type == EmulatorItemType.User ? id => id.Length > 0 : null;

    /// <summary>
    /// Writes a CursorPagingObject. The spec types <c>next</c> and the cursors as non-nullable strings, so on the last
    /// page they are left out rather than written as null.
    /// </summary>
    private static void WriteCursorPage<T>(Utf8JsonWriter writer, HttpContext http, PageLinkBase links, int limit, int total, IReadOnlyList<T> items, string? nextCursor, Action<Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartObject();
        writer.WriteString("href", links.Endpoint + http.Request.QueryString.ToUriComponent());
        writer.WriteNumber("limit", limit);
        if (nextCursor is not null)
        {
            writer.WriteString("next", links.Link(new("after", nextCursor), new("limit", limit.ToString(CultureInfo.InvariantCulture))));
        }

        writer.WriteStartObject("cursors");
        if (nextCursor is not null)
        {
            writer.WriteString("after", nextCursor);
        }

        writer.WriteEndObject();
        writer.WriteNumber("total", total);
        writer.WriteStartArray("items");
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static T[] Rank<T>(IReadOnlyList<T> items, Func<T, string> id, string userId, string timeRange, int count) =>
        [.. items.OrderBy(item => StableHash(userId + "|" + timeRange + "|" + id(item))).ThenBy(id, StringComparer.Ordinal).Take(count)];

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static ulong StableHash(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
