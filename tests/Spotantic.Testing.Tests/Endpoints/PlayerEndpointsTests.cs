using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class PlayerEndpointsTests
{
    private const string Desktop = "emulatordesktop0000000000000000000000001";
    private const string Phone = "emulatorphone000000000000000000000000002";
    private const string Speaker = "emulatorspeaker0000000000000000000000003";
    private const string Read = "user-read-playback-state";
    private const string Modify = "user-modify-playback-state";

    [Fact]
    public async Task PlaybackReads_NothingPlaying_Are204WithoutBody()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Read, "user-read-currently-playing");

        using var state = await h.GetAsync("v1/me/player", token);
        using var current = await h.GetAsync("v1/me/player/currently-playing", token);

        Assert.Equal(HttpStatusCode.NoContent, state.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, current.StatusCode);
        Assert.Empty(await state.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task StartPlayback_AlbumWithOffsetOnDevice_StateAndCurrentlyPlayingReflectIt()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Read, Modify);
        var album = h.Emulator.Catalog.Albums.First(a => a.TrackIds.Count >= 3);

        using var start = await PutJsonAsync(h, "v1/me/player/play?device_id=" + Desktop, token, $$"""{"context_uri":"{{album.Uri}}","offset":{"position":2},"position_ms":1000}""");
        var state = await h.GetJsonAsync("v1/me/player", token);
        var current = await h.GetJsonAsync("v1/me/player/currently-playing", token);

        Assert.Equal(HttpStatusCode.NoContent, start.StatusCode);
        SpecSchemas.AssertConforms(state, "CurrentlyPlayingContextObject");
        SpecSchemas.AssertConforms(current, "CurrentlyPlayingObject");
        Assert.Equal(album.TrackIds[2], state.GetProperty("item").GetProperty("id").GetString());
        Assert.Equal(Desktop, state.GetProperty("device").GetProperty("id").GetString());
        Assert.True(state.GetProperty("device").GetProperty("is_active").GetBoolean());
        Assert.True(state.GetProperty("is_playing").GetBoolean());
        Assert.True(state.GetProperty("progress_ms").GetInt64() >= 1000);
        Assert.Equal("spotify:album:" + album.Id, state.GetProperty("context").GetProperty("uri").GetString());
        Assert.Equal("track", current.GetProperty("currently_playing_type").GetString());
        Assert.False(current.TryGetProperty("device", out _));
    }

    [Fact]
    public async Task Commands_NoActiveDeviceAndNoDeviceId_Are404NoActiveDevice()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Modify);

        using var play = await PutJsonAsync(h, "v1/me/player/play", token, $$"""{"uris":["{{h.Emulator.Catalog.Tracks[0].Uri}}"]}""");
        using var volume = await h.SendAsync(HttpMethod.Put, "v1/me/player/volume?volume_percent=10", token);

        Assert.Equal("NO_ACTIVE_DEVICE", await ReadReasonAsync(play, 404));
        Assert.Equal("NO_ACTIVE_DEVICE", await ReadReasonAsync(volume, 404));
    }

    [Fact]
    public async Task Commands_FreeUser_Are403PremiumRequiredButReadsWork()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("free.listener", product: "free");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, Read, Modify).AccessToken;

        using var pause = await h.SendAsync(HttpMethod.Put, "v1/me/player/pause", token);
        using var next = await h.SendAsync(HttpMethod.Post, "v1/me/player/next", token);
        using var transfer = await PutJsonAsync(h, "v1/me/player", token, $$"""{"device_ids":["{{Desktop}}"]}""");
        using var state = await h.GetAsync("v1/me/player", token);

        Assert.Equal("PREMIUM_REQUIRED", await ReadReasonAsync(pause, 403));
        Assert.Equal("PREMIUM_REQUIRED", await ReadReasonAsync(next, 403));
        Assert.Equal("PREMIUM_REQUIRED", await ReadReasonAsync(transfer, 403));
        Assert.Equal(HttpStatusCode.NoContent, state.StatusCode);
    }

    [Fact]
    public async Task Progress_AdvancesWithTheClockWhilePlaying_AndStopsWhenPaused()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { TimeProvider = clock });
        var token = h.UserToken(Read, Modify);
        var track = h.Emulator.Catalog.Tracks.First(t => t.DurationMs > 60_000);

        using var start = await PutJsonAsync(h, "v1/me/player/play?device_id=" + Phone, token, $$"""{"uris":["{{track.Uri}}"]}""");
        clock.Advance(TimeSpan.FromSeconds(5));
        var playing = await h.GetJsonAsync("v1/me/player", token);
        using var pause = await h.SendAsync(HttpMethod.Put, "v1/me/player/pause", token);
        clock.Advance(TimeSpan.FromSeconds(20));
        var paused = await h.GetJsonAsync("v1/me/player", token);
        using var pauseAgain = await h.SendAsync(HttpMethod.Put, "v1/me/player/pause", token);

        Assert.Equal(5000, playing.GetProperty("progress_ms").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, pause.StatusCode);
        Assert.Equal(5000, paused.GetProperty("progress_ms").GetInt64());
        Assert.False(paused.GetProperty("is_playing").GetBoolean());
        Assert.Equal(clock.GetUtcNow().AddSeconds(-20).ToUnixTimeMilliseconds(), paused.GetProperty("timestamp").GetInt64());
        Assert.Equal("Player command failed: Restriction violated", await EmulatorHarness.ReadApiErrorAsync(pauseAgain, 403));
    }

    [Fact]
    public async Task Queue_NothingPlaying_CurrentlyPlayingIsNullNotLeftOut()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Read, Modify);

        var queue = await h.GetJsonAsync("v1/me/player/queue", token);

        Assert.True(queue.TryGetProperty("currently_playing", out var playing), queue.ToString());
        Assert.Equal(JsonValueKind.Null, playing.ValueKind);
        SpecSchemas.AssertConforms(queue, "QueueObject");
    }

    [Fact]
    public async Task QueueNextPrevious_UrisAndQueuedTrack_PlayInSpotifysOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Read, Modify);
        var t = h.Emulator.Catalog.Tracks;

        using var start = await PutJsonAsync(h, "v1/me/player/play?device_id=" + Desktop, token, $$"""{"uris":["{{t[0].Uri}}","{{t[1].Uri}}","{{t[2].Uri}}"]}""");
        using var add = await h.SendAsync(HttpMethod.Post, "v1/me/player/queue?uri=" + Uri.EscapeDataString(t[5].Uri), token);
        var queue = await h.GetJsonAsync("v1/me/player/queue", token);
        var afterNext = await SkipAndReadAsync(h, token, "next");
        var afterSecondNext = await SkipAndReadAsync(h, token, "next");
        var afterPrevious = await SkipAndReadAsync(h, token, "previous");

        Assert.Equal(HttpStatusCode.NoContent, add.StatusCode);
        SpecSchemas.AssertConforms(queue, "QueueObject");
        Assert.Equal(t[0].Id, queue.GetProperty("currently_playing").GetProperty("id").GetString());
        Assert.Equal([t[5].Id, t[1].Id, t[2].Id], queue.GetProperty("queue").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(t[5].Id, afterNext);
        Assert.Equal(t[1].Id, afterSecondNext);
        Assert.Equal(t[0].Id, afterPrevious);
    }

    [Fact]
    public async Task Next_LeavesATrack_AddsItToRecentlyPlayed()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Modify, "user-read-recently-played");
        var t = h.Emulator.Catalog.Tracks;

        using var start = await PutJsonAsync(h, "v1/me/player/play?device_id=" + Desktop, token, $$"""{"uris":["{{t[7].Uri}}","{{t[8].Uri}}"]}""");
        using var next = await h.SendAsync(HttpMethod.Post, "v1/me/player/next", token);
        var recent = await h.GetJsonAsync("v1/me/player/recently-played?limit=1", token);

        Assert.Equal(t[7].Id, recent.GetProperty("items")[0].GetProperty("track").GetProperty("id").GetString());
    }

    [Fact]
    public async Task SeekRepeatVolumeShuffle_Applied_ShowInState()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Read, Modify);
        var track = h.Emulator.Catalog.Tracks.First(x => x.DurationMs > 60_000);

        using var start = await PutJsonAsync(h, "v1/me/player/play?device_id=" + Desktop, token, $$"""{"uris":["{{track.Uri}}"]}""");
        using var pause = await h.SendAsync(HttpMethod.Put, "v1/me/player/pause", token);
        using var seek = await h.SendAsync(HttpMethod.Put, "v1/me/player/seek?position_ms=30000", token);
        using var repeat = await h.SendAsync(HttpMethod.Put, "v1/me/player/repeat?state=track", token);
        using var volume = await h.SendAsync(HttpMethod.Put, "v1/me/player/volume?volume_percent=12", token);
        using var shuffle = await h.SendAsync(HttpMethod.Put, "v1/me/player/shuffle?state=true", token);
        var state = await h.GetJsonAsync("v1/me/player", token);

        Assert.All([seek, repeat, volume, shuffle], r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Equal(30000, state.GetProperty("progress_ms").GetInt64());
        Assert.Equal("track", state.GetProperty("repeat_state").GetString());
        Assert.Equal(12, state.GetProperty("device").GetProperty("volume_percent").GetInt32());
        Assert.True(state.GetProperty("shuffle_state").GetBoolean());
    }

    [Theory]
    [InlineData("v1/me/player/seek?position_ms=-1")]
    [InlineData("v1/me/player/seek")]
    [InlineData("v1/me/player/repeat?state=all")]
    [InlineData("v1/me/player/volume?volume_percent=101")]
    [InlineData("v1/me/player/shuffle?state=maybe")]
    public async Task Commands_InvalidParameter_Are400(string path)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.SendAsync(HttpMethod.Put, path, h.UserToken(Modify));

        await EmulatorHarness.ReadApiErrorAsync(response, 400);
    }

    [Fact]
    public async Task StartPlayback_BodyBreaksSpotifysRules_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Modify);
        var album = h.Emulator.Catalog.Albums[0];
        var track = h.Emulator.Catalog.Tracks[0];
        string[] bodies =
        [
            $$"""{"context_uri":"{{album.Uri}}","uris":["{{track.Uri}}"]}""",
            """{"offset":{"position":1}}""",
            $$$"""{"context_uri":"{{{album.Uri}}}","offset":{"position":-1}}""",
            $$"""{"uris":["{{track.Uri}}"],"position_ms":-5}""",
            """{"uris":["spotify:album:0000000000000000000000"]}""",
            "{not json",
        ];

        foreach (var body in bodies)
        {
            using var response = await PutJsonAsync(h, "v1/me/player/play?device_id=" + Desktop, token, body);
            await EmulatorHarness.ReadApiErrorAsync(response, 400);
        }
    }

    [Fact]
    public async Task Transfer_OneKnownDevice_ActivatesItAndPlays()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Read, Modify);

        using var start = await PutJsonAsync(h, "v1/me/player/play?device_id=" + Desktop, token, $$"""{"uris":["{{h.Emulator.Catalog.Tracks[0].Uri}}"]}""");
        using var pause = await h.SendAsync(HttpMethod.Put, "v1/me/player/pause", token);
        using var two = await PutJsonAsync(h, "v1/me/player", token, $$"""{"device_ids":["{{Desktop}}","{{Phone}}"]}""");
        using var unknown = await PutJsonAsync(h, "v1/me/player", token, """{"device_ids":["nosuchdevice"]}""");
        using var transfer = await PutJsonAsync(h, "v1/me/player", token, $$"""{"device_ids":["{{Phone}}"],"play":true}""");
        var devices = await h.GetJsonAsync("v1/me/player/devices", token);
        var state = await h.GetJsonAsync("v1/me/player", token);

        await EmulatorHarness.ReadApiErrorAsync(two, 400);
        Assert.Equal("Device not found", await EmulatorHarness.ReadApiErrorAsync(unknown, 404));
        Assert.Equal(HttpStatusCode.NoContent, transfer.StatusCode);
        Assert.Equal(Phone, state.GetProperty("device").GetProperty("id").GetString());
        Assert.True(state.GetProperty("is_playing").GetBoolean());
        var listed = devices.GetProperty("devices").EnumerateArray().ToArray();
        Assert.Equal(3, listed.Length);
        Assert.All(listed, d => SpecSchemas.AssertConforms(d, "DeviceObject"));
        Assert.Equal([Phone], listed.Where(d => d.GetProperty("is_active").GetBoolean()).Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task RefusedPauseOrTransferToRestrictedDevice_Is403AndKeepsTheActiveDevice()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Read, Modify);
        var player = h.DemoUser.Player;
        lock (player.Gate)
        {
            player.Devices.Single(d => d.Id == Speaker).IsRestricted = true;
        }

        using var start = await PutJsonAsync(h, "v1/me/player/play?device_id=" + Desktop, token, $$"""{"uris":["{{h.Emulator.Catalog.Tracks[0].Uri}}"]}""");
        using var pause = await h.SendAsync(HttpMethod.Put, "v1/me/player/pause", token);
        using var pauseAgain = await h.SendAsync(HttpMethod.Put, "v1/me/player/pause?device_id=" + Phone, token);
        using var transfer = await PutJsonAsync(h, "v1/me/player", token, $$"""{"device_ids":["{{Speaker}}"]}""");
        var state = await h.GetJsonAsync("v1/me/player", token);

        Assert.Equal(HttpStatusCode.NoContent, pause.StatusCode);
        Assert.Equal("Player command failed: Restriction violated", await EmulatorHarness.ReadApiErrorAsync(pauseAgain, 403));
        Assert.Equal("Player command failed: Device is restricted", await EmulatorHarness.ReadApiErrorAsync(transfer, 403));
        Assert.Equal(Desktop, state.GetProperty("device").GetProperty("id").GetString());
    }

    [Fact]
    public async Task RecentlyPlayed_SeededHistory_SpansTwoPagesLinkedByBeforeCursor()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken("user-read-recently-played");
        var seeded = h.DemoUser.Player.RecentlyPlayed.Count;

        var first = await h.GetJsonAsync("v1/me/player/recently-played?limit=50", token);
        var next = first.GetProperty("next").GetString()!;
        var second = await h.GetJsonAsync(next, token);

        Assert.True(seeded > 50, "the seeded history must span several pages");
        SpecSchemas.AssertConforms(first, "CursorPagingPlayHistoryObject");
        Assert.Equal(50, first.GetProperty("items").GetArrayLength());
        Assert.Equal(h.Emulator.ApiBaseAddress + "me/player/recently-played?before=" + first.GetProperty("cursors").GetProperty("before").GetString() + "&limit=50", next);
        Assert.Equal(seeded - 50, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        var times = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(e => e.GetProperty("played_at").GetDateTimeOffset()).ToArray();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Equal(seeded, times.Distinct().Count());
    }

    [Fact]
    public async Task RecentlyPlayed_AfterCursor_ReturnsOnlyNewerEntries()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken("user-read-recently-played");
        var history = h.DemoUser.Player.RecentlyPlayed;
        var cursor = history[10].PlayedAt.ToUnixTimeMilliseconds();

        var page = await h.GetJsonAsync("v1/me/player/recently-played?limit=4&after=" + cursor, token);

        Assert.Equal(
            history.Take(10).Skip(6).Select(e => e.TrackId),
            page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("track").GetProperty("id").GetString()));
        Assert.Contains("after=", page.GetProperty("next").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?after=1&before=2")]
    [InlineData("?limit=51")]
    [InlineData("?limit=0")]
    [InlineData("?before=yesterday")]
    public async Task RecentlyPlayed_BadQuery_Is400(string query)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/me/player/recently-played" + query, h.UserToken("user-read-recently-played"));

        await EmulatorHarness.ReadApiErrorAsync(response, 400);
    }

    [Fact]
    public async Task Scopes_EitherReadScopeServesCurrentlyPlayingAndQueue_CommandsNeedModify()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var currentWithState = await h.GetAsync("v1/me/player/currently-playing", h.UserToken(Read));
        using var queueWithCurrent = await h.GetAsync("v1/me/player/queue", h.UserToken("user-read-currently-playing"));
        using var stateWithCurrent = await h.GetAsync("v1/me/player", h.UserToken("user-read-currently-playing"));
        using var pauseWithRead = await h.SendAsync(HttpMethod.Put, "v1/me/player/pause", h.UserToken(Read));
        using var clientToken = await h.GetAsync("v1/me/player/devices", h.ClientToken());

        Assert.Equal(HttpStatusCode.NoContent, currentWithState.StatusCode);
        Assert.Equal(HttpStatusCode.OK, queueWithCurrent.StatusCode);
        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(stateWithCurrent, 403));
        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(pauseWithRead, 403));
        Assert.Equal(HttpStatusCode.Unauthorized, clientToken.StatusCode);
    }

    [Fact]
    public async Task Episode_WithoutAdditionalTypes_ItemLeftOutButTypeGiven()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Read, Modify);
        var episode = h.Emulator.Catalog.Episodes[0];

        using var start = await PutJsonAsync(h, "v1/me/player/play?device_id=" + Desktop, token, $$"""{"uris":["{{episode.Uri}}"]}""");
        var plain = await h.GetJsonAsync("v1/me/player", token);
        var withEpisodes = await h.GetJsonAsync("v1/me/player?additional_types=track,episode", token);

        Assert.Equal(HttpStatusCode.NoContent, start.StatusCode);
        Assert.False(plain.TryGetProperty("item", out _));
        Assert.Equal("episode", plain.GetProperty("currently_playing_type").GetString());
        Assert.Equal(episode.Id, withEpisodes.GetProperty("item").GetProperty("id").GetString());
        Assert.Equal("episode", withEpisodes.GetProperty("item").GetProperty("type").GetString());
        SpecSchemas.AssertConforms(withEpisodes, "CurrentlyPlayingContextObject");
    }

    [Fact]
    public async Task AddToQueue_AlbumOrUnknownTrack_IsRejected()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken(Modify);

        using var album = await h.SendAsync(HttpMethod.Post, "v1/me/player/queue?uri=" + Uri.EscapeDataString("spotify:album:" + h.Emulator.Catalog.Albums[0].Id), token);
        using var unknown = await h.SendAsync(HttpMethod.Post, "v1/me/player/queue?uri=spotify:track:0000000000000000000000", token);

        await EmulatorHarness.ReadApiErrorAsync(album, 400);
        await EmulatorHarness.ReadApiErrorAsync(unknown, 404);
    }

    [Fact]
    public async Task PlaybackState_SetDirectlyWithoutChangeTime_ReadsAsChangedNow()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { TimeProvider = clock });
        var player = h.DemoUser.Player;
        lock (player.Gate)
        {
            player.Devices[0].IsActive = true;
            player.CurrentItemUri = h.Emulator.Catalog.Tracks[0].Uri;
            player.IsPlaying = true;
            player.ProgressMs = 1_500;
        }

        var state = await h.GetJsonAsync("v1/me/player", h.UserToken(Read));

        Assert.Equal(1_500, state.GetProperty("progress_ms").GetInt64());
        Assert.Equal(clock.GetUtcNow().ToUnixTimeMilliseconds(), state.GetProperty("timestamp").GetInt64());
        SpecSchemas.AssertConforms(state, "CurrentlyPlayingContextObject");
    }

    private static async Task<string?> SkipAndReadAsync(EmulatorHarness h, string token, string direction)
    {
        using var response = await h.SendAsync(HttpMethod.Post, "v1/me/player/" + direction, token);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var state = await h.GetJsonAsync("v1/me/player", token);
        return state.GetProperty("item").GetProperty("id").GetString();
    }

    private static Task<HttpResponseMessage> PutJsonAsync(EmulatorHarness h, string path, string token, string json) =>
        h.SendAsync(HttpMethod.Put, path, token, new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<string?> ReadReasonAsync(HttpResponseMessage response, int expectedStatus)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"Expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("error").TryGetProperty("reason", out var reason) ? reason.GetString() : null;
    }
}

