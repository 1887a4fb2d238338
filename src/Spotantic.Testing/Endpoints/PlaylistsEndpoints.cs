using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Catalog;
using Spotantic.Testing.Json;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Endpoints;

/// <summary>
/// The operations tagged Playlists first in the spec: playlists, their items (and the former <c>/tracks</c> routes),
/// cover images, the user's playlists and the browse playlists.
/// </summary>
/// <remarks>
/// Writes need the modify scope matching the playlist's visibility (<c>playlist-modify-public</c> for a public playlist,
/// <c>playlist-modify-private</c> otherwise), checked before the handler; only the owner (and, for items, a
/// collaborator) may write, anyone else gets 403. Every write of the items gives a new <c>snapshot_id</c>.
/// </remarks>
[EmulatorEndpointGroup]
internal static class PlaylistsEndpoints
{
    public const int MaxItemsPerWrite = 100;
    public const int MaxCoverBase64Bytes = 256 * 1024;
    public const string NotOwner = "You cannot modify a playlist you do not own or collaborate on.";
    public const string ItemsForbidden = "Forbidden";

    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        var modify = ScopeRequirement.Custom("playlist-modify-public or -private, by the playlist's visibility", c => HasModifyScope(c, image: false));
        var upload = ScopeRequirement.Custom("ugc-image-upload and the modify scope of the playlist's visibility", c => HasModifyScope(c, image: true));

        api.MapGet("/playlists/{playlist_id}", (HttpContext http, string playlist_id) => GetPlaylist(http, playlist_id))
            .ForOperation("get-playlist", ScopeRequirement.AnyToken);
        api.MapPut("/playlists/{playlist_id}", SpotifyRouteExtensions.Async(http => ChangeDetailsAsync(http)))
            .ForOperation("change-playlist-details", modify);

        foreach (var (segment, deprecated) in new[] { ("items", false), ("tracks", true) })
        {
            var suffix = deprecated ? "-tracks" : "-items";
            api.MapGet("/playlists/{playlist_id}/" + segment, (HttpContext http, string playlist_id) => GetItems(http, playlist_id, deprecated))
                .ForOperation(deprecated ? "get-playlists-tracks" : "get-playlists-items", ScopeRequirement.AnyToken);
            api.MapPost("/playlists/{playlist_id}/" + segment, SpotifyRouteExtensions.Async(http => AddItemsAsync(http)))
                .ForOperation(deprecated ? "add-tracks-to-playlist" : "add-items-to-playlist", modify);
            api.MapPut("/playlists/{playlist_id}/" + segment, SpotifyRouteExtensions.Async(http => ReorderOrReplaceAsync(http)))
                .ForOperation("reorder-or-replace-playlists" + suffix, modify);
            api.MapDelete("/playlists/{playlist_id}/" + segment, SpotifyRouteExtensions.Async(http => RemoveItemsAsync(http, deprecated ? "tracks" : "items")))
                .ForOperation(deprecated ? "remove-tracks-playlist" : "remove-items-playlist", modify);
        }

        // The spec lists playlist-read-private, but Spotify answers any user token; the scope only adds private playlists.
        api.MapGet("/me/playlists", (HttpContext http) => GetCurrentUserPlaylists(http))
            .ForOperation("get-a-list-of-current-users-playlists", ScopeRequirement.User);
        api.MapPost("/me/playlists", SpotifyRouteExtensions.Async(http => CreateAsync(http, null)))
            .ForOperation("create-playlist", ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate));
        api.MapGet("/users/{user_id}/playlists", (HttpContext http, string user_id) => GetUserPlaylists(http, user_id))
            .ForOperation("get-list-users-playlists", ScopeRequirement.AnyToken);
        api.MapPost("/users/{user_id}/playlists", SpotifyRouteExtensions.Async(http => CreateAsync(http, (string)http.Request.RouteValues["user_id"]!)))
            .ForOperation("create-playlist-for-user", ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate));
        api.MapGet("/browse/featured-playlists", (HttpContext http) => GetFeatured(http))
            .ForOperation("get-featured-playlists", ScopeRequirement.AnyToken);
        api.MapGet("/browse/categories/{category_id}/playlists", (HttpContext http, string category_id) => GetCategoryPlaylists(http, category_id))
            .ForOperation("get-a-categories-playlists", ScopeRequirement.AnyToken);
        api.MapGet("/playlists/{playlist_id}/images", (HttpContext http, string playlist_id) => GetCover(http, playlist_id))
            .ForOperation("get-playlist-cover", ScopeRequirement.AnyToken);
        api.MapPut("/playlists/{playlist_id}/images", SpotifyRouteExtensions.Async(http => UploadCoverAsync(http)))
            .ForOperation("upload-custom-playlist-cover", upload);
    }

    /// <summary>
    /// The modify scope of the playlist's visibility (and <c>ugc-image-upload</c> for a cover). An unknown or malformed
    /// playlist passes, so that the handler answers 400 or 404.
    /// </summary>
    internal static bool HasModifyScope(ScopeCheckContext context, bool image)
    {
        if (image && !context.Has(SpotifyScopes.UgcImageUpload))
        {
            return false;
        }

        var id = context.Http.Request.RouteValues["playlist_id"] as string;
        if (id is null || !SpotifyIds.IsValid(id) || context.State.Catalog.FindPlaylist(id) is not { } playlist)
        {
            return true;
        }

        return context.Has(playlist.IsPublic ? SpotifyScopes.PlaylistModifyPublic : SpotifyScopes.PlaylistModifyPrivate);
    }

    private static IResult GetPlaylist(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error) || !TryReadAdditionalTypes(http, out error) || !CatalogLookups.TryFind(id, request.Catalog.FindPlaylist, out var playlist, out error))
        {
            return error;
        }

        var context = request.Render(market);
        var mayReadItems = request.User is { } user && playlist.IsOwnedOrCollaboratedBy(user.Id);
        var links = mayReadItems ? request.LinksTo("playlists/" + playlist.Id + "/items") : null;
        var fields = http.Request.Query["fields"].ToString();
        var displayName = DisplayName(request);
        var resumePoints = ResumePoints.For(request);
        return OkFiltered(writer => PlaylistJson.Write(writer, playlist, context, displayName, links, resumePoints), fields);
    }

    private static IResult GetItems(HttpContext http, string id, bool deprecated)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error) ||
            !Paging.TryRead(http.Request, maxLimit: deprecated ? 100 : 50, defaultLimit: 20, out var page, out error) ||
            !TryReadAdditionalTypes(http, out error) ||
            !CatalogLookups.TryFind(id, request.Catalog.FindPlaylist, out var playlist, out error))
        {
            return error;
        }

        // Since February 2026 Spotify serves the items only to the owner and collaborators.
        if (request.User is not { } user || !playlist.IsOwnedOrCollaboratedBy(user.Id))
        {
            return SpotifyErrors.Forbidden(ItemsForbidden);
        }

        var context = request.Render(market);
        var links = request.CurrentLinks();
        var displayName = DisplayName(request);
        var resumePoints = ResumePoints.For(request);
        var items = playlist.Items;
        var fields = http.Request.Query["fields"].ToString();
        return OkFiltered(writer => Paging.WriteOffsetPage(writer, links, page, items, (w, item) => PlaylistJson.WriteItem(w, item, context, displayName, resumePoints, includeTrack: deprecated)), fields);
    }

    private static async Task<IResult> ChangeDetailsAsync(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!CatalogLookups.TryFind(RouteId(http), request.Catalog.FindPlaylist, out var playlist, out var error))
        {
            return error;
        }

        if (playlist.OwnerId != request.RequiredUser.Id)
        {
            return SpotifyErrors.Forbidden(NotOwner);
        }

        var (document, readError) = await JsonBody.ReadObjectAsync(http, required: true).ConfigureAwait(false);
        if (readError is not null)
        {
            return readError;
        }

        using (document)
        {
            var root = document!.RootElement;
            if (!JsonBody.TryGetString(root, "name", out var name) || !JsonBody.TryGetString(root, "description", out var description) ||
                !JsonBody.TryGetBool(root, "public", out var isPublic) || !JsonBody.TryGetBool(root, "collaborative", out var collaborative))
            {
                return SpotifyErrors.BadRequest(SpotifyErrors.ErrorParsingJson);
            }

            if (name is { Length: 0 })
            {
                return SpotifyErrors.BadRequest("Playlist name must not be empty");
            }

            if (collaborative == true && (isPublic ?? playlist.IsPublic))
            {
                return SpotifyErrors.BadRequest("Collaborative playlists cannot be public");
            }

            if (isPublic == true && collaborative is null && playlist.IsCollaborative)
            {
                return SpotifyErrors.BadRequest("Collaborative playlists cannot be public");
            }

            playlist.ChangeDetails(name, description, isPublic, collaborative);
            playlist.ChangeItems(_ => true);
            return Results.Ok();
        }
    }

    private static async Task<IResult> AddItemsAsync(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!TryFindWritablePlaylist(request, http, out var playlist, out var error))
        {
            return error;
        }

        List<string> uris;
        int? position = null;
        if (http.Request.Query.ContainsKey("uris"))
        {
            // With uris in the query, Spotify ignores any URIs in the body.
            uris = [.. http.Request.Query["uris"].ToString().Split(',', StringSplitOptions.TrimEntries)];
            if (http.Request.Query.TryGetValue("position", out var rawPosition))
            {
                if (!int.TryParse(rawPosition.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var p))
                {
                    return SpotifyErrors.BadRequest("Invalid position");
                }

                position = p;
            }
        }
        else
        {
            var (document, readError) = await JsonBody.ReadObjectAsync(http, required: true).ConfigureAwait(false);
            if (readError is not null)
            {
                return readError;
            }

            using (document)
            {
                var root = document!.RootElement;
                if (!JsonBody.TryGetStrings(root, "uris", out var bodyUris) || bodyUris is null)
                {
                    return bodyUris is null && !root.TryGetProperty("uris", out _) ? SpotifyErrors.MissingParameter("uris") : SpotifyErrors.BadRequest(SpotifyErrors.ErrorParsingJson);
                }

                if (!JsonBody.TryGetInt(root, "position", out position))
                {
                    return SpotifyErrors.BadRequest(SpotifyErrors.ErrorParsingJson);
                }

                uris = bodyUris;
            }
        }

        if (!TryValidateItemUris(request, uris, allowEmpty: false, out error))
        {
            return error;
        }

        var user = request.RequiredUser.Id;
        var now = request.State.Clock.GetUtcNow();
        var outOfBounds = false;
        var snapshot = playlist.ChangeItems(items =>
        {
            var at = position ?? items.Count;
            if (at > items.Count)
            {
                outOfBounds = true;
                return false;
            }

            items.InsertRange(at, uris.Select(uri => new CatalogPlaylistItem(uri, now, user)));
            return true;
        });
        return outOfBounds ? SpotifyErrors.BadRequest("Index out of bounds") : Snapshot(StatusCodes.Status201Created, snapshot);
    }

    private static async Task<IResult> ReorderOrReplaceAsync(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!TryFindWritablePlaylist(request, http, out var playlist, out var error))
        {
            return error;
        }

        List<string>? uris = null;
        if (http.Request.Query.ContainsKey("uris"))
        {
            var raw = http.Request.Query["uris"].ToString();
            uris = raw.Length == 0 ? [] : [.. raw.Split(',', StringSplitOptions.TrimEntries)];
        }

        var (document, readError) = await JsonBody.ReadObjectAsync(http, required: uris is null).ConfigureAwait(false);
        if (readError is not null)
        {
            return readError;
        }

        int? rangeStart = null, insertBefore = null, rangeLength = null;
        using (document)
        {
            if (document is not null)
            {
                var root = document.RootElement;
                if (!JsonBody.TryGetStrings(root, "uris", out var bodyUris) || !JsonBody.TryGetInt(root, "range_start", out rangeStart) ||
                    !JsonBody.TryGetInt(root, "insert_before", out insertBefore) || !JsonBody.TryGetInt(root, "range_length", out rangeLength) ||
                    !JsonBody.TryGetString(root, "snapshot_id", out _))
                {
                    return SpotifyErrors.BadRequest(SpotifyErrors.ErrorParsingJson);
                }

                uris ??= bodyUris;
            }
        }

        if (uris is not null)
        {
            if (!TryValidateItemUris(request, uris, allowEmpty: true, out error))
            {
                return error;
            }

            var user = request.RequiredUser.Id;
            var now = request.State.Clock.GetUtcNow();
            var replaced = playlist.ChangeItems(items =>
            {
                items.Clear();
                items.AddRange(uris.Select(uri => new CatalogPlaylistItem(uri, now, user)));
                return true;
            });
            return Snapshot(StatusCodes.Status200OK, replaced);
        }

        if (rangeStart is null || insertBefore is null)
        {
            return SpotifyErrors.MissingParameter(rangeStart is null ? "range_start" : "insert_before");
        }

        var length = rangeLength ?? 1;
        string? invalid = null;
        var snapshot = playlist.ChangeItems(items =>
        {
            if (rangeStart < 0 || length < 1 || rangeStart + length > items.Count || insertBefore < 0 || insertBefore > items.Count)
            {
                invalid = "Index out of bounds";
                return false;
            }

            var moved = items.GetRange(rangeStart.Value, length);
            items.RemoveRange(rangeStart.Value, length);
            var target = insertBefore.Value > rangeStart.Value ? Math.Max(rangeStart.Value, insertBefore.Value - length) : insertBefore.Value;
            items.InsertRange(target, moved);
            return true;
        });
        return invalid is not null ? SpotifyErrors.BadRequest(invalid) : Snapshot(StatusCodes.Status200OK, snapshot);
    }

    private static async Task<IResult> RemoveItemsAsync(HttpContext http, string arrayName)
    {
        var request = ApiRequest.Get(http);
        if (!TryFindWritablePlaylist(request, http, out var playlist, out var error))
        {
            return error;
        }

        var (document, readError) = await JsonBody.ReadObjectAsync(http, required: true).ConfigureAwait(false);
        if (readError is not null)
        {
            return readError;
        }

        var uris = new List<string>();
        using (document)
        {
            var root = document!.RootElement;
            if (!root.TryGetProperty(arrayName, out var array))
            {
                return SpotifyErrors.MissingParameter(arrayName);
            }

            if (array.ValueKind != JsonValueKind.Array || !JsonBody.TryGetString(root, "snapshot_id", out _))
            {
                return SpotifyErrors.BadRequest(SpotifyErrors.ErrorParsingJson);
            }

            foreach (var element in array.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("uri", out var uri) || uri.ValueKind != JsonValueKind.String)
                {
                    return SpotifyErrors.BadRequest(SpotifyErrors.ErrorParsingJson);
                }

                uris.Add(uri.GetString()!);
            }
        }

        if (!TryValidateItemUris(request, uris, allowEmpty: false, out error, requireKnown: false))
        {
            return error;
        }

        var remove = new HashSet<string>(uris, StringComparer.Ordinal);
        var snapshot = playlist.ChangeItems(items =>
        {
            items.RemoveAll(item => remove.Contains(item.Uri));
            return true;
        });
        return Snapshot(StatusCodes.Status200OK, snapshot);
    }

    private static IResult GetCurrentUserPlaylists(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!Paging.TryRead(http.Request, maxLimit: 50, defaultLimit: 20, out var page, out var error, maxOffset: 100_000))
        {
            return error;
        }

        var user = request.RequiredUser;
        var readPrivate = request.HasScope(SpotifyScopes.PlaylistReadPrivate);
        var readCollaborative = readPrivate || request.HasScope(SpotifyScopes.PlaylistReadCollaborative);
        var playlists = request.Catalog.Playlists
            .Where(p => p.IsOwnedOrCollaboratedBy(user.Id) || user.Library.Contains(EmulatorItemType.Playlist, p.Id))
            .Where(p => p.IsCollaborative ? readCollaborative : p.IsPublic || readPrivate)
            .ToArray();
        return PlaylistPage(request, page, playlists);
    }

    private static IResult GetUserPlaylists(HttpContext http, string userId)
    {
        var request = ApiRequest.Get(http);
        if (!Paging.TryRead(http.Request, maxLimit: 50, defaultLimit: 20, out var page, out var error, maxOffset: 100_000))
        {
            return error;
        }

        if (request.State.FindUser(userId) is null)
        {
            return SpotifyErrors.NotFound();
        }

        // Another user's public playlists; the current user's own list also shows private ones with the read scopes.
        var self = request.User?.Id == userId;
        var readPrivate = self && request.HasScope(SpotifyScopes.PlaylistReadPrivate);
        var playlists = request.Catalog.Playlists
            .Where(p => p.OwnerId == userId && (p.IsPublic || readPrivate))
            .ToArray();
        return PlaylistPage(request, page, playlists);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, string? forUserId)
    {
        var request = ApiRequest.Get(http);
        var user = request.RequiredUser;
        if (forUserId is not null && forUserId != user.Id)
        {
            return SpotifyErrors.Forbidden("You cannot create a playlist for another user.");
        }

        var (document, readError) = await JsonBody.ReadObjectAsync(http, required: true).ConfigureAwait(false);
        if (readError is not null)
        {
            return readError;
        }

        string? name, description;
        bool? isPublic, collaborative;
        using (document)
        {
            var root = document!.RootElement;
            if (!JsonBody.TryGetString(root, "name", out name) || !JsonBody.TryGetString(root, "description", out description) ||
                !JsonBody.TryGetBool(root, "public", out isPublic) || !JsonBody.TryGetBool(root, "collaborative", out collaborative))
            {
                return SpotifyErrors.BadRequest(SpotifyErrors.ErrorParsingJson);
            }
        }

        if (string.IsNullOrEmpty(name))
        {
            return SpotifyErrors.MissingParameter("name");
        }

        var makePublic = isPublic ?? true;
        if (collaborative == true && makePublic)
        {
            return SpotifyErrors.BadRequest("Collaborative playlists cannot be public");
        }

        // Spotify asks for the modify scope of the new playlist's visibility.
        if (!request.HasScope(makePublic ? SpotifyScopes.PlaylistModifyPublic : SpotifyScopes.PlaylistModifyPrivate))
        {
            return SpotifyErrors.Forbidden(SpotifyErrors.InsufficientScope);
        }

        var playlist = request.Catalog.CreatePlaylist(user.Id, name, description, makePublic, collaborative ?? false);
        var context = request.Render(null);
        var links = request.LinksTo("playlists/" + playlist.Id + "/items");
        return SpotifyJson.Result(StatusCodes.Status201Created, writer => PlaylistJson.Write(writer, playlist, context, DisplayName(request), links, ResumePoints.None));
    }

    private static IResult GetFeatured(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryReadLocale(out var error) || !Paging.TryRead(http.Request, maxLimit: 50, defaultLimit: 20, out var page, out error))
        {
            return error;
        }

        var playlists = request.Catalog.Playlists.Where(p => p.OwnerId == CatalogGenerator.SpotifyUserId && p.IsPublic).ToArray();
        return WrappedPlaylistPage(request, page, "Popular Playlists", playlists);
    }

    private static IResult GetCategoryPlaylists(HttpContext http, string categoryId)
    {
        var request = ApiRequest.Get(http);
        if (!Paging.TryRead(http.Request, maxLimit: 50, defaultLimit: 20, out var page, out var error))
        {
            return error;
        }

        if (!request.Catalog.TryGetCategory(categoryId, out var category))
        {
            return SpotifyErrors.NotFound("Specified id doesn't exist");
        }

        var playlists = category.PlaylistIds.Select(request.Catalog.FindPlaylist).OfType<CatalogPlaylist>().ToArray();
        return WrappedPlaylistPage(request, page, category.Name, playlists);
    }

    private static IResult GetCover(HttpContext http, string id)
    {
        var request = ApiRequest.Get(http);
        if (!CatalogLookups.TryFind(id, request.Catalog.FindPlaylist, out var playlist, out var error))
        {
            return error;
        }

        return SpotifyJson.Ok(writer => PlaylistJson.WriteImages(writer, playlist, null));
    }

    private static async Task<IResult> UploadCoverAsync(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!CatalogLookups.TryFind(RouteId(http), request.Catalog.FindPlaylist, out var playlist, out var error))
        {
            return error;
        }

        if (playlist.OwnerId != request.RequiredUser.Id)
        {
            return SpotifyErrors.Forbidden(NotOwner);
        }

        if (!string.Equals(http.Request.ContentType?.Split(';')[0].Trim(), "image/jpeg", StringComparison.OrdinalIgnoreCase))
        {
            return SpotifyErrors.BadRequest("Content-Type must be image/jpeg");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxCoverBase64Bytes)
            {
                return SpotifyErrors.Result(StatusCodes.Status413PayloadTooLarge, "Image too large. Maximum payload size is 256 KB");
            }
        }

        var text = Encoding.ASCII.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Trim();
        var jpeg = new byte[(text.Length / 4 * 3) + 3];
        if (text.Length == 0 || !Convert.TryFromBase64String(text, jpeg, out var length))
        {
            return SpotifyErrors.BadRequest("Image is not valid base64");
        }

        if (length < 3 || jpeg[0] != 0xFF || jpeg[1] != 0xD8 || jpeg[2] != 0xFF)
        {
            return SpotifyErrors.BadRequest("Image is not a JPEG");
        }

        playlist.SetCustomImage(jpeg[..length]);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static IResult PlaylistPage(ApiRequest request, PageRequest page, IReadOnlyList<CatalogPlaylist> playlists)
    {
        var context = request.Render(null);
        var links = request.CurrentLinks();
        var displayName = DisplayName(request);
        return SpotifyJson.Ok(writer => Paging.WriteOffsetPage(writer, links, page, playlists, (w, p) => PlaylistJson.WriteSimplified(w, p, context, displayName)));
    }

    private static IResult WrappedPlaylistPage(ApiRequest request, PageRequest page, string message, IReadOnlyList<CatalogPlaylist> playlists)
    {
        var context = request.Render(null);
        var links = request.CurrentLinks();
        var displayName = DisplayName(request);
        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WritePropertyName("playlists");
            Paging.WriteOffsetPage(writer, links, page, playlists, (w, p) => PlaylistJson.WriteSimplified(w, p, context, displayName));
            writer.WriteEndObject();
        });
    }

    private static IResult Snapshot(int status, string snapshotId) => SpotifyJson.Result(status, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("snapshot_id", snapshotId);
        writer.WriteEndObject();
    });

    private static Func<string, string?> DisplayName(ApiRequest request) => id => request.State.FindUser(id)?.DisplayName;

    private static string RouteId(HttpContext http) => (string)http.Request.RouteValues["playlist_id"]!;

    private static bool TryFindWritablePlaylist(ApiRequest request, HttpContext http, [NotNullWhen(true)] out CatalogPlaylist? playlist, [NotNullWhen(false)] out IResult? error)
    {
        if (!CatalogLookups.TryFind(RouteId(http), request.Catalog.FindPlaylist, out playlist, out error))
        {
            return false;
        }

        if (!playlist.IsOwnedOrCollaboratedBy(request.RequiredUser.Id))
        {
            error = SpotifyErrors.Forbidden(NotOwner);
            return false;
        }

        return true;
    }

    /// <summary>Track and episode URIs only, at most 100, each of a known item (removal accepts unknown ones).</summary>
    private static bool TryValidateItemUris(ApiRequest request, List<string> uris, bool allowEmpty, [NotNullWhen(false)] out IResult? error, bool requireKnown = true)
    {
        if (uris.Count == 0 && !allowEmpty)
        {
            error = SpotifyErrors.MissingParameter("uris");
            return false;
        }

        if (uris.Count > MaxItemsPerWrite)
        {
            error = SpotifyErrors.BadRequest($"You can add a maximum of {MaxItemsPerWrite} tracks per request.");
            return false;
        }

        foreach (var uri in uris)
        {
            if (!SpotifyIds.TryParsePlayableUri(uri, out var type, out var id))
            {
                error = SpotifyErrors.BadRequest("Invalid track uri: " + uri);
                return false;
            }

            if (requireKnown && !request.Catalog.Exists(type, id))
            {
                error = SpotifyErrors.BadRequest("Payload contains a non-existing ID");
                return false;
            }
        }

        error = null;
        return true;
    }

    private static bool TryReadAdditionalTypes(HttpContext http, [NotNullWhen(false)] out IResult? error)
    {
        error = null;
        if (!http.Request.Query.TryGetValue("additional_types", out var raw))
        {
            return true;
        }

        if (raw.ToString().Split(',', StringSplitOptions.TrimEntries).Any(type => type is not ("track" or "episode")))
        {
            error = SpotifyErrors.BadRequest("Invalid additional_types value");
            return false;
        }

        return true;
    }

    /// <summary>
    /// A 200 response applying a <c>fields</c> filter at the top level: <c>name,items(added_at)</c> keeps <c>name</c> and
    /// <c>items</c> (nested selections are kept whole). Without a filter the body is written as is.
    /// </summary>
    private static IResult OkFiltered(Action<Utf8JsonWriter> write, string fields)
    {
        if (fields.Length == 0)
        {
            return SpotifyJson.Ok(write);
        }

        var keep = TopLevelFields(fields);
        var body = SpotifyJson.Serialize(write);
        return SpotifyJson.Ok(writer =>
        {
            using var document = JsonDocument.Parse(body);
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (keep.Contains(property.Name))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        });
    }

    private static HashSet<string> TopLevelFields(string fields)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var depth = 0;
        var current = new StringBuilder();
        foreach (var c in fields + ",")
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                var name = current.ToString().Split('.', '(')[0].Trim().TrimStart('!');
                if (name.Length > 0)
                {
                    names.Add(name);
                }

                current.Clear();
                continue;
            }

            current.Append(c);
        }

        return names;
    }
}
