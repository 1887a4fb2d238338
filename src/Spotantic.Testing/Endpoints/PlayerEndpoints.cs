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
/// The operations tagged Player in the spec: the playback state, devices, queue, play history and the playback
/// commands, over each user's <see cref="UserPlayerState"/>.
/// </summary>
/// <remarks>
/// As on Spotify: reads answer 204 when nothing plays; commands need Premium (403 <c>PREMIUM_REQUIRED</c>) and an
/// active device or a <c>device_id</c> (404 <c>NO_ACTIVE_DEVICE</c>); a command the current state forbids (pausing
/// while paused, skipping with nothing loaded) is 403 "Restriction violated". Progress advances with the emulator's
/// clock while playing, up to the item's end.
/// </remarks>
[EmulatorEndpointGroup]
internal static class PlayerEndpoints
{
    private const int MaxLimit = 50;
    private const int DefaultLimit = 20;
    private const int MaxQueueShown = 20;
    private const string PremiumRequired = "PREMIUM_REQUIRED";
    private const string NoActiveDevice = "NO_ACTIVE_DEVICE";
    private const string MalformedJson = "Malformed json";

    public static void Map(RouteGroupBuilder api, EmulatorState state)
    {
        var read = ScopeRequirement.AllOf(SpotifyScopes.UserReadPlaybackState);
        var readCurrent = ScopeRequirement.AnyOf(SpotifyScopes.UserReadCurrentlyPlaying, SpotifyScopes.UserReadPlaybackState);
        var modify = ScopeRequirement.AllOf(SpotifyScopes.UserModifyPlaybackState);

        api.MapGet("/me/player", (HttpContext http) => GetPlayback(http, withDevice: true))
            .ForOperation("get-information-about-the-users-current-playback", read);
        api.MapPut("/me/player", SpotifyRouteExtensions.Async(TransferAsync))
            .ForOperation("transfer-a-users-playback", modify);
        api.MapGet("/me/player/devices", (HttpContext http) => GetDevices(http))
            .ForOperation("get-a-users-available-devices", read);

        // The spec lists user-read-currently-playing; Spotify also serves it with user-read-playback-state.
        api.MapGet("/me/player/currently-playing", (HttpContext http) => GetPlayback(http, withDevice: false))
            .ForOperation("get-the-users-currently-playing-track", readCurrent);
        api.MapPut("/me/player/play", SpotifyRouteExtensions.Async(StartAsync))
            .ForOperation("start-a-users-playback", modify);
        api.MapPut("/me/player/pause", (HttpContext http) => Command(http, Pause))
            .ForOperation("pause-a-users-playback", modify);
        api.MapPost("/me/player/next", (HttpContext http) => Command(http, Next))
            .ForOperation("skip-users-playback-to-next-track", modify);
        api.MapPost("/me/player/previous", (HttpContext http) => Command(http, Previous))
            .ForOperation("skip-users-playback-to-previous-track", modify);
        api.MapPut("/me/player/seek", (HttpContext http) => Seek(http))
            .ForOperation("seek-to-position-in-currently-playing-track", modify);
        api.MapPut("/me/player/repeat", (HttpContext http) => SetRepeat(http))
            .ForOperation("set-repeat-mode-on-users-playback", modify);
        api.MapPut("/me/player/volume", (HttpContext http) => SetVolume(http))
            .ForOperation("set-volume-for-users-playback", modify);
        api.MapPut("/me/player/shuffle", (HttpContext http) => SetShuffle(http))
            .ForOperation("toggle-shuffle-for-users-playback", modify);
        api.MapGet("/me/player/recently-played", (HttpContext http) => GetRecentlyPlayed(http))
            .ForOperation("get-recently-played", ScopeRequirement.AllOf(SpotifyScopes.UserReadRecentlyPlayed));
        api.MapGet("/me/player/queue", (HttpContext http) => GetQueue(http))
            .ForOperation("get-queue", readCurrent);
        api.MapPost("/me/player/queue", (HttpContext http) => AddToQueue(http))
            .ForOperation("add-to-queue", modify);
    }

    private static IResult GetPlayback(HttpContext http, bool withDevice)
    {
        var request = ApiRequest.Get(http);
        if (!request.TryGetMarket(out var market, out var error))
        {
            return error;
        }

        var includeEpisodes = http.Request.Query["additional_types"].ToString()
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains("episode", StringComparer.Ordinal);
        var snapshot = Snapshot(request);
        if (snapshot.ItemUri is null)
        {
            return Results.NoContent();
        }

        var context = request.Render(market);
        var resumePoints = ResumePoints.For(request);
        return SpotifyJson.Ok(writer => PlayerJson.WritePlayback(writer, snapshot, context, resumePoints, includeEpisodes, withDevice));
    }

    private static IResult GetDevices(HttpContext http)
    {
        var player = ApiRequest.Get(http).RequiredUser.Player;
        PlayerDevice[] devices;
        lock (player.Gate)
        {
            devices = [.. player.Devices.Select(Copy)];
        }

        return SpotifyJson.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("devices");
            foreach (var device in devices)
            {
                PlayerJson.WriteDevice(writer, device);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static IResult GetQueue(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        var snapshot = Snapshot(request);
        var context = request.Render(request.RequiredUser.Country);
        var resumePoints = ResumePoints.For(request);
        return SpotifyJson.Ok(writer => PlayerJson.WriteQueue(writer, snapshot, context, resumePoints));
    }

    private static IResult GetRecentlyPlayed(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        if (!Paging.TryReadLimit(http.Request, MaxLimit, DefaultLimit, out var limit, out var error))
        {
            return error;
        }

        if (!TryReadCursor(http.Request, "after", out var after) || !TryReadCursor(http.Request, "before", out var before))
        {
            return SpotifyErrors.BadRequest("Invalid cursor: after and before are Unix times in milliseconds");
        }

        if (after is not null && before is not null)
        {
            return SpotifyErrors.BadRequest("Only one of after or before may be specified");
        }

        var player = request.RequiredUser.Player;
        PlayHistoryEntry[] history;
        lock (player.Gate)
        {
            history = [.. player.RecentlyPlayed];
        }

        // Newest first. 'before' walks back in time (the next link carries the oldest entry's time); 'after' returns
        // the entries closest after the cursor and its next link walks forward.
        PlayHistoryEntry[] page;
        string nextParameter;
        string? nextCursor = null;
        if (after is { } afterMs)
        {
            var newer = history.Where(e => e.PlayedAt.ToUnixTimeMilliseconds() > afterMs).ToArray();
            page = newer[Math.Max(0, newer.Length - limit)..];
            nextParameter = "after";
            if (newer.Length > limit)
            {
                nextCursor = Ms(page[0]);
            }
        }
        else
        {
            var older = before is { } beforeMs ? history.Where(e => e.PlayedAt.ToUnixTimeMilliseconds() < beforeMs).ToArray() : history;
            page = older[..Math.Min(limit, older.Length)];
            nextParameter = "before";
            if (older.Length > limit)
            {
                nextCursor = Ms(page[^1]);
            }
        }

        var context = request.Render(request.RequiredUser.Country);
        var links = request.CurrentLinks();
        return SpotifyJson.Ok(writer => Paging.WriteCursorPage(
            writer,
            http,
            links,
            limit,
            null,
            page,
            (w, entry) => PlayerJson.WritePlayHistory(w, entry, context),
            page.Length > 0 ? Ms(page[0]) : null,
            page.Length > 0 ? Ms(page[^1]) : null,
            nextParameter,
            nextCursor));
    }

    private static async Task<IResult> TransferAsync(HttpContext http)
    {
        var (document, error) = await JsonBody.ReadAsync(http, MalformedJson).ConfigureAwait(false);
        using (document)
        {
            return error ?? Transfer(http, document?.RootElement);
        }
    }

    private static IResult Transfer(HttpContext http, JsonElement? body)
    {
        var request = ApiRequest.Get(http);
        if (body is not { ValueKind: JsonValueKind.Object } || !body.Value.TryGetProperty("device_ids", out var ids) || ids.ValueKind != JsonValueKind.Array || ids.GetArrayLength() == 0)
        {
            return SpotifyErrors.BadRequest("Required field device_ids missing");
        }

        if (ids.GetArrayLength() > 1)
        {
            return SpotifyErrors.BadRequest("Only one device_id is supported");
        }

        if (ids[0].ValueKind != JsonValueKind.String)
        {
            return SpotifyErrors.BadRequest("device_ids must hold strings");
        }

        var play = false;
        if (body.Value.TryGetProperty("play", out var playElement))
        {
            if (playElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return SpotifyErrors.BadRequest("play must be a boolean");
            }

            play = playElement.GetBoolean();
        }

        var deviceId = ids[0].GetString()!;
        var user = request.RequiredUser;
        var player = user.Player;
        var now = request.State.Clock.GetUtcNow();
        lock (player.Gate)
        {
            if (!TryGetDevice(user, deviceId, out var device, out var deviceError))
            {
                return deviceError;
            }

            Settle(player, request.Catalog, now);
            Activate(player, device);
            if (play && player.CurrentItemUri is not null)
            {
                player.IsPlaying = true;
            }

            player.ChangedAt = now;
        }

        return Results.NoContent();
    }

    private static async Task<IResult> StartAsync(HttpContext http)
    {
        var (document, error) = await JsonBody.ReadAsync(http, MalformedJson).ConfigureAwait(false);
        using (document)
        {
            return error ?? Start(http, document?.RootElement);
        }
    }

    private static IResult Start(HttpContext http, JsonElement? body)
    {
        var request = ApiRequest.Get(http);
        if (body is { } b && b.ValueKind != JsonValueKind.Object)
        {
            return SpotifyErrors.BadRequest(MalformedJson);
        }

        string? contextUri = null;
        List<string>? uris = null;
        int? offsetPosition = null;
        string? offsetUri = null;
        long positionMs = 0;
        var hasOffset = false;
        if (body is { } json)
        {
            if (json.TryGetProperty("context_uri", out var c))
            {
                contextUri = c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                if (contextUri is null)
                {
                    return SpotifyErrors.BadRequest("Invalid context uri");
                }
            }

            if (json.TryGetProperty("uris", out var u))
            {
                if (u.ValueKind != JsonValueKind.Array || u.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
                {
                    return SpotifyErrors.BadRequest("uris must be an array of strings");
                }

                uris = [.. u.EnumerateArray().Select(e => e.GetString()!)];
            }

            if (contextUri is not null && uris is not null)
            {
                return SpotifyErrors.BadRequest("Only one of either 'context_uri' or 'uris' can be specified");
            }

            if (json.TryGetProperty("offset", out var offset))
            {
                hasOffset = true;
                if (offset.ValueKind != JsonValueKind.Object || (contextUri is null && uris is null))
                {
                    return SpotifyErrors.BadRequest("Invalid offset");
                }

                var hasPosition = offset.TryGetProperty("position", out var p);
                var hasUri = offset.TryGetProperty("uri", out var ou);
                if (hasPosition == hasUri ||
                    (hasPosition && (p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out var position) || position < 0)) ||
                    (hasUri && ou.ValueKind != JsonValueKind.String))
                {
                    return SpotifyErrors.BadRequest("Invalid offset");
                }

                offsetPosition = hasPosition ? p.GetInt32() : null;
                offsetUri = hasUri ? ou.GetString() : null;
            }

            if (json.TryGetProperty("position_ms", out var pm) && (pm.ValueKind != JsonValueKind.Number || !pm.TryGetInt64(out positionMs) || positionMs < 0))
            {
                return SpotifyErrors.BadRequest("Invalid position_ms");
            }
        }

        List<string>? items = null;
        if (contextUri is not null && !TryResolveContext(request, contextUri, out items, out var error))
        {
            return error;
        }

        if (uris is not null)
        {
            foreach (var uri in uris)
            {
                if (!SpotifyIds.TryParsePlayableUri(uri, out var type, out var id))
                {
                    return SpotifyErrors.BadRequest("Invalid track uri: " + uri);
                }

                if (!request.Catalog.Exists(type, id))
                {
                    return SpotifyErrors.NotFound();
                }
            }

            items = uris;
        }

        var index = 0;
        if (items is not null && hasOffset)
        {
            index = offsetPosition ?? items.IndexOf(offsetUri!);
            if (index < 0 || index >= items.Count)
            {
                return SpotifyErrors.BadRequest("Invalid offset");
            }
        }

        if (items is { Count: 0 })
        {
            return Restricted();
        }

        var user = request.RequiredUser;
        var player = user.Player;
        var now = request.State.Clock.GetUtcNow();
        lock (player.Gate)
        {
            if (!TryGetDevice(http, user, out var device, out var deviceError))
            {
                return deviceError;
            }

            Settle(player, request.Catalog, now);
            if (items is null && player.CurrentItemUri is null)
            {
                return Restricted();
            }

            Activate(player, device);
            if (items is not null)
            {
                LeaveCurrent(player, now);
                player.PlayingUris.Clear();
                player.PlayingUris.AddRange(items);
                player.PlayingIndex = index;
                player.ContextUri = contextUri;
                player.CurrentItemUri = items[index];
                player.ProgressMs = 0;
            }

            if (body is { } j && j.TryGetProperty("position_ms", out _))
            {
                player.ProgressMs = positionMs;
            }

            player.IsPlaying = true;
            player.ChangedAt = now;
            if (player.ProgressMs >= request.Catalog.DurationMs(player.CurrentItemUri!))
            {
                Advance(player, now);
            }
        }

        return Results.NoContent();
    }

    private static IResult Command(HttpContext http, Func<UserPlayerState, DateTimeOffset, IResult?> apply)
    {
        var request = ApiRequest.Get(http);
        var user = request.RequiredUser;
        var player = user.Player;
        var now = request.State.Clock.GetUtcNow();
        lock (player.Gate)
        {
            if (!TryGetDevice(http, user, out var device, out var error))
            {
                return error;
            }

            Settle(player, request.Catalog, now);
            if (player.CurrentItemUri is null)
            {
                return Restricted();
            }

            var result = apply(player, now);
            if (result is not null)
            {
                return result;
            }

            Activate(player, device);
            player.ChangedAt = now;
        }

        return Results.NoContent();
    }

    private static IResult? Pause(UserPlayerState player, DateTimeOffset now)
    {
        if (!player.IsPlaying)
        {
            return Restricted();
        }

        player.IsPlaying = false;
        return null;
    }

    private static IResult? Next(UserPlayerState player, DateTimeOffset now)
    {
        Advance(player, now);
        return null;
    }

    private static IResult? Previous(UserPlayerState player, DateTimeOffset now)
    {
        var onContextItem = player.PlayingIndex < player.PlayingUris.Count && player.PlayingUris[player.PlayingIndex] == player.CurrentItemUri;
        if (!onContextItem && player.PlayingIndex < player.PlayingUris.Count)
        {
            // A queued item was playing: go back to the context item it interrupted.
            LeaveCurrent(player, now);
            player.CurrentItemUri = player.PlayingUris[player.PlayingIndex];
        }
        else if (onContextItem && player.PlayingIndex > 0)
        {
            LeaveCurrent(player, now);
            player.PlayingIndex--;
            player.CurrentItemUri = player.PlayingUris[player.PlayingIndex];
        }

        // At the first item, previous restarts it.
        player.ProgressMs = 0;
        return null;
    }

    private static IResult Seek(HttpContext http)
    {
        if (!TryReadRequiredInt(http.Request, "position_ms", 0, int.MaxValue, out var position, out var error))
        {
            return error;
        }

        var catalog = ApiRequest.Get(http).Catalog;
        return Command(http, (player, now) =>
        {
            player.ProgressMs = position;
            if (position >= catalog.DurationMs(player.CurrentItemUri!))
            {
                Advance(player, now);
            }

            return null;
        });
    }

    private static IResult SetRepeat(HttpContext http)
    {
        var state = http.Request.Query["state"].ToString();
        if (state.Length == 0)
        {
            return SpotifyErrors.MissingParameter("state");
        }

        if (state is not ("track" or "context" or "off"))
        {
            return SpotifyErrors.BadRequest("State must be either track, context or off");
        }

        return DeviceCommand(http, (player, _) =>
        {
            player.RepeatState = state;
            return null;
        });
    }

    private static IResult SetVolume(HttpContext http)
    {
        if (!TryReadRequiredInt(http.Request, "volume_percent", 0, 100, out var volume, out var error))
        {
            return error;
        }

        return DeviceCommand(http, (_, device) =>
        {
            if (!device.SupportsVolume)
            {
                return SpotifyErrors.Result(StatusCodes.Status403Forbidden, "Player command failed: Cannot control device volume", "VOLUME_CONTROL_DISALLOW");
            }

            device.VolumePercent = volume;
            return null;
        });
    }

    private static IResult SetShuffle(HttpContext http)
    {
        var state = http.Request.Query["state"].ToString();
        if (state.Length == 0)
        {
            return SpotifyErrors.MissingParameter("state");
        }

        if (state is not ("true" or "false"))
        {
            return SpotifyErrors.BadRequest("State must be either true or false");
        }

        return DeviceCommand(http, (player, _) =>
        {
            player.ShuffleState = state == "true";
            return null;
        });
    }

    private static IResult AddToQueue(HttpContext http)
    {
        var request = ApiRequest.Get(http);
        var uri = http.Request.Query["uri"].ToString();
        if (uri.Length == 0)
        {
            return SpotifyErrors.MissingParameter("uri");
        }

        if (!SpotifyIds.TryParsePlayableUri(uri, out var type, out var id))
        {
            return SpotifyErrors.BadRequest("Invalid uri: only track and episode URIs can be queued");
        }

        if (!request.Catalog.Exists(type, id))
        {
            return SpotifyErrors.NotFound();
        }

        return DeviceCommand(http, (player, _) =>
        {
            player.QueueUris.Add(uri);
            return null;
        });
    }

    /// <summary>A command that needs a device but not a loaded item (repeat, volume, shuffle, queue).</summary>
    private static IResult DeviceCommand(HttpContext http, Func<UserPlayerState, PlayerDevice, IResult?> apply)
    {
        var request = ApiRequest.Get(http);
        var user = request.RequiredUser;
        var player = user.Player;
        var now = request.State.Clock.GetUtcNow();
        lock (player.Gate)
        {
            if (!TryGetDevice(http, user, out var device, out var error))
            {
                return error;
            }

            Settle(player, request.Catalog, now);
            var result = apply(player, device);
            if (result is not null)
            {
                return result;
            }

            player.ChangedAt = now;
        }

        return Results.NoContent();
    }

    /// <summary>The device named by the <c>device_id</c> query parameter, or the active one; see the overload.</summary>
    private static bool TryGetDevice(HttpContext http, EmulatorUser user, out PlayerDevice device, out IResult error) =>
        TryGetDevice(user, http.Request.Query["device_id"].ToString() is { Length: > 0 } id ? id : null, out device, out error);

    /// <summary>
    /// Premium, then the device <paramref name="deviceId"/> (404 when unknown) or, when null, the active one (404
    /// NO_ACTIVE_DEVICE); a restricted device is 403. Call under the lock.
    /// </summary>
    private static bool TryGetDevice(EmulatorUser user, string? deviceId, out PlayerDevice device, out IResult error)
    {
        device = null!;
        error = null!;
        if (IsFree(user))
        {
            error = PremiumRequiredError();
            return false;
        }

        var found = deviceId is not null
            ? user.Player.Devices.Find(d => d.Id == deviceId)
            : user.Player.Devices.Find(d => d.IsActive);
        if (found is null)
        {
            error = deviceId is not null
                ? SpotifyErrors.NotFound("Device not found")
                : SpotifyErrors.Result(StatusCodes.Status404NotFound, "Player command failed: No active device found", NoActiveDevice);
            return false;
        }

        if (found.IsRestricted)
        {
            error = SpotifyErrors.Result(StatusCodes.Status403Forbidden, "Player command failed: Device is restricted", "UNKNOWN");
            return false;
        }

        device = found;
        return true;
    }

    private static bool IsFree(EmulatorUser user) => !string.Equals(user.Product, "premium", StringComparison.Ordinal);

    private static IResult PremiumRequiredError() =>
        SpotifyErrors.Result(StatusCodes.Status403Forbidden, "Player command failed: Premium required", PremiumRequired);

    private static IResult Restricted() =>
        SpotifyErrors.Result(StatusCodes.Status403Forbidden, "Player command failed: Restriction violated", "UNKNOWN");

    private static void Activate(UserPlayerState player, PlayerDevice device)
    {
        foreach (var other in player.Devices)
        {
            other.IsActive = ReferenceEquals(other, device);
        }
    }

    /// <summary>Brings <see cref="UserPlayerState.ProgressMs"/> up to <paramref name="now"/> while playing, capped at the item's end.</summary>
    private static void Settle(UserPlayerState player, EmulatorCatalog catalog, DateTimeOffset now)
    {
        player.ProgressMs = player.CurrentProgress(catalog, now);
        player.ChangedAt = now;
    }

    /// <summary>Moves to the next queued item, else the next context item (wrapping with repeat context), else stops.</summary>
    private static void Advance(UserPlayerState player, DateTimeOffset now)
    {
        LeaveCurrent(player, now);
        player.ProgressMs = 0;
        if (player.QueueUris.Count > 0)
        {
            player.CurrentItemUri = player.QueueUris[0];
            player.QueueUris.RemoveAt(0);
            return;
        }

        if (player.PlayingIndex + 1 < player.PlayingUris.Count)
        {
            player.PlayingIndex++;
        }
        else if (player.RepeatState == "context" && player.PlayingUris.Count > 0)
        {
            player.PlayingIndex = 0;
        }
        else
        {
            // The end of the context: playback stops on its last item.
            player.IsPlaying = false;
            if (player.PlayingUris.Count == 0)
            {
                return;
            }
        }

        player.CurrentItemUri = player.PlayingUris[player.PlayingIndex];
    }

    /// <summary>Records the item being left in the play history (tracks only: Spotify lists no episodes there).</summary>
    private static void LeaveCurrent(UserPlayerState player, DateTimeOffset now)
    {
        if (player.CurrentItemUri is { } uri && uri.StartsWith("spotify:track:", StringComparison.Ordinal))
        {
            player.RecentlyPlayed.Insert(0, new PlayHistoryEntry(uri["spotify:track:".Length..], now, player.ContextUri));
        }
    }

    private static bool TryResolveContext(ApiRequest request, string contextUri, out List<string> items, out IResult error)
    {
        items = [];
        error = null!;
        var catalog = request.Catalog;
        var parts = contextUri.Split(':');
        if (parts.Length == 4 && parts[0] == "spotify" && parts[1] == "user" && parts[3] == "collection")
        {
            if (parts[2] != request.RequiredUser.Id)
            {
                error = SpotifyErrors.NotFound();
                return false;
            }

            items = [.. request.RequiredUser.Library.GetIds(EmulatorItemType.Track).Select(id => "spotify:track:" + id)];
            return true;
        }

        if (!SpotifyIds.TryParseUri(contextUri, out var type, out var id))
        {
            error = SpotifyErrors.BadRequest("Invalid context uri");
            return false;
        }

        List<string>? resolved = type switch
        {
            "album" => catalog.TryGetAlbum(id, out var album) ? [.. album.TrackIds.Select(t => "spotify:track:" + t)] : null,
            "playlist" => catalog.TryGetPlaylist(id, out var playlist) ? [.. playlist.Items.Select(i => i.Uri)] : null,
            "artist" => catalog.TryGetArtist(id, out _) ? [.. catalog.Data.TracksByArtist[id].Take(10).Select(t => t.Uri)] : null,
            "show" => catalog.TryGetShow(id, out var show) ? [.. show.EpisodeIds.Select(e => "spotify:episode:" + e)] : null,
            _ => [],
        };
        if (resolved is null)
        {
            error = SpotifyErrors.NotFound();
            return false;
        }

        if (resolved.Count == 0 && type is not ("album" or "playlist" or "artist" or "show"))
        {
            error = SpotifyErrors.BadRequest("Unsupported context uri: " + type);
            return false;
        }

        items = resolved;
        return true;
    }

    private static PlayerSnapshot Snapshot(ApiRequest request)
    {
        var player = request.RequiredUser.Player;
        var now = request.State.Clock.GetUtcNow();
        lock (player.Gate)
        {
            var upcoming = new List<string>(player.QueueUris.Take(MaxQueueShown));
            for (var i = player.PlayingIndex + 1; upcoming.Count < MaxQueueShown && i < player.PlayingUris.Count; i++)
            {
                upcoming.Add(player.PlayingUris[i]);
            }

            var active = player.Devices.Find(d => d.IsActive);
            return new PlayerSnapshot(
                active is null ? null : Copy(active),
                player.CurrentItemUri,
                player.ContextUri,
                player.IsPlaying,
                player.CurrentProgress(request.Catalog, now),
                (player.ChangedAt == default ? now : player.ChangedAt).ToUnixTimeMilliseconds(),
                player.ShuffleState,
                player.RepeatState,
                player.CurrentItemUri is null ? [] : upcoming);
        }
    }

    private static PlayerDevice Copy(PlayerDevice device) => new()
    {
        Id = device.Id,
        Name = device.Name,
        Type = device.Type,
        IsActive = device.IsActive,
        IsPrivateSession = device.IsPrivateSession,
        IsRestricted = device.IsRestricted,
        VolumePercent = device.VolumePercent,
        SupportsVolume = device.SupportsVolume,
    };

    private static string Ms(PlayHistoryEntry entry) => entry.PlayedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static bool TryReadCursor(HttpRequest request, string name, out long? value)
    {
        value = null;
        if (!request.Query.TryGetValue(name, out var raw))
        {
            return true;
        }

        if (!long.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool TryReadRequiredInt(HttpRequest request, string name, int min, int max, out int value, out IResult error)
    {
        value = 0;
        error = null!;
        var raw = request.Query[name].ToString();
        if (raw.Length == 0)
        {
            error = SpotifyErrors.MissingParameter(name);
            return false;
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            error = SpotifyErrors.BadRequest($"Invalid {name}: must be an integer from {min} to {max}");
            return false;
        }

        return true;
    }
}
