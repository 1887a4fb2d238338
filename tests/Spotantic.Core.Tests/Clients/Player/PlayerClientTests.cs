using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.Json;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Clients.Player;

public sealed class PlayerClientTests : IDisposable
{
    private const string DeviceId = "0d1841b0976bae2a3a310dd74c0f3df354899bc8";
    private const string TrackUri = "spotify:track:4iV5W9uYEdYUVa79Axb7Rh";

    private readonly StubHttpMessageHandler _stub = new();
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface users see.")]
    private readonly IPlayerClient _player;

    public PlayerClientTests()
    {
        _player = new PlayerClient(new SpotifyApiConnection(() => new HttpClient(_stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));
    }

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task GetPlaybackStateAsync_NoContent_DataIsNull()
    {
        _stub.Enqueue(HttpStatusCode.NoContent);

        var result = await _player.GetPlaybackStateAsync(market: "SE", additionalTypes: ["episode"]);

        Assert.Null(result.Data);
        Assert.Equal(HttpStatusCode.NoContent, result.Response.StatusCode);
        Assert.Equal("https://api.test/v1/me/player?market=SE&additional_types=episode", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task GetPlaybackStateAsync_Playing_ReadsDeviceAndEpisodeItem()
    {
        _stub.EnqueueJson("""
            {"device":{"id":"d1","is_active":true,"name":"Desk","type":"Computer","volume_percent":40,"supports_volume":true},
             "repeat_state":"context","shuffle_state":true,"timestamp":1700000000000,"progress_ms":1234,"is_playing":true,
             "item":{"type":"episode","id":"512ojhOuo1ktJprKbVcKyQ","name":"Ep","uri":"spotify:episode:512ojhOuo1ktJprKbVcKyQ","duration_ms":60000},
             "currently_playing_type":"episode","actions":{"disallows":{"resuming":true}}}
            """);

        var result = await _player.GetPlaybackStateAsync(new GetPlaybackStateRequest { AdditionalTypes = ["episode"] });

        Assert.NotNull(result.Data);
        Assert.Equal("Desk", result.Data.Device.Name);
        Assert.Equal(RepeatState.Context, result.Data.RepeatState);
        Assert.Equal(1234, result.Data.ProgressMs);
        Assert.IsType<Episode>(result.Data.Item);
        Assert.True(result.Data.Actions.Disallows!.Resuming);
    }

    [Fact]
    public async Task GetCurrentlyPlayingAsync_NoContent_DataIsNull()
    {
        _stub.Enqueue(HttpStatusCode.NoContent);

        var result = await _player.GetCurrentlyPlayingAsync();

        Assert.Null(result.Data);
        Assert.Equal("https://api.test/v1/me/player/currently-playing", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task GetCurrentlyPlayingAsync_Track_ReadsItem()
    {
        _stub.EnqueueJson("""{"timestamp":1,"progress_ms":5,"is_playing":false,"item":{"type":"track","id":"4iV5W9uYEdYUVa79Axb7Rh","name":"T","duration_ms":1000},"currently_playing_type":"track"}""");

        var result = await _player.GetCurrentlyPlayingAsync(market: "US");

        Assert.Equal("T", Assert.IsType<Track>(result.Data!.Item).Name);
        Assert.False(result.Data.IsPlaying);
    }

    [Fact]
    public async Task TransferPlaybackAsync_DeviceAndPlay_PutsBodyWithOneDevice()
    {
        _stub.Enqueue(HttpStatusCode.NoContent);

        await _player.TransferPlaybackAsync(DeviceId, play: true);

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Put, sent.Method);
        Assert.Equal("https://api.test/v1/me/player", sent.RequestUri.AbsoluteUri);
        Assert.Equal("application/json", sent.ContentType);
        Assert.Equal($$"""{"device_ids":["{{DeviceId}}"],"play":true}""", sent.Body);
        Assert.True(sent.Metadata!.IsIdempotent);
    }

    [Fact]
    public async Task StartPlaybackAsync_Uris_PutsBodyAndIsNotIdempotent()
    {
        _stub.Enqueue(HttpStatusCode.NoContent);

        var result = await _player.StartPlaybackAsync(uris: [TrackUri], offset: new PlaybackOffset { Position = 0 }, positionMs: 500, deviceId: DeviceId);

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Put, sent.Method);
        Assert.Equal($"https://api.test/v1/me/player/play?device_id={DeviceId}", sent.RequestUri.AbsoluteUri);
        using var body = JsonDocument.Parse(sent.Body!);
        Assert.Equal([TrackUri], body.RootElement.GetProperty("uris").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, body.RootElement.GetProperty("offset").GetProperty("position").GetInt32());
        Assert.Equal(500, body.RootElement.GetProperty("position_ms").GetInt32());
        Assert.False(body.RootElement.TryGetProperty("context_uri", out _));
        Assert.False(sent.Metadata!.IsIdempotent);
        Assert.Equal(HttpStatusCode.NoContent, result.Response.StatusCode);
    }

    [Fact]
    public async Task StartPlaybackAsync_ContextAndUris_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _player.StartPlaybackAsync(contextUri: "spotify:album:5ht7ItJgpBH7W6vJ5BqpPr", uris: [TrackUri]));

        Assert.Equal("Uris", exception.ParamName);

        Assert.Equal(0, _stub.RequestCount);
    }

    [Theory]
    [InlineData("pause", "PUT", "https://api.test/v1/me/player/pause?device_id=" + DeviceId, true)]
    [InlineData("next", "POST", "https://api.test/v1/me/player/next?device_id=" + DeviceId, false)]
    [InlineData("previous", "POST", "https://api.test/v1/me/player/previous?device_id=" + DeviceId, false)]
    [InlineData("seek", "PUT", "https://api.test/v1/me/player/seek?position_ms=42000&device_id=" + DeviceId, true)]
    [InlineData("repeat", "PUT", "https://api.test/v1/me/player/repeat?state=context&device_id=" + DeviceId, true)]
    [InlineData("volume", "PUT", "https://api.test/v1/me/player/volume?volume_percent=35&device_id=" + DeviceId, true)]
    [InlineData("shuffle", "PUT", "https://api.test/v1/me/player/shuffle?state=true&device_id=" + DeviceId, true)]
    [InlineData("queue", "POST", "https://api.test/v1/me/player/queue?uri=spotify%3Atrack%3A4iV5W9uYEdYUVa79Axb7Rh&device_id=" + DeviceId, false)]
    public async Task Command_ConvenienceOverload_SendsExactRequest(string command, string method, string uri, bool idempotent)
    {
        _stub.Enqueue(HttpStatusCode.NoContent);

        Task call = command switch
        {
            "pause" => _player.PausePlaybackAsync(DeviceId),
            "next" => _player.SkipToNextAsync(DeviceId),
            "previous" => _player.SkipToPreviousAsync(DeviceId),
            "seek" => _player.SeekToPositionAsync(42000, DeviceId),
            "repeat" => _player.SetRepeatModeAsync(RepeatState.Context, DeviceId),
            "volume" => _player.SetPlaybackVolumeAsync(35, DeviceId),
            "shuffle" => _player.TogglePlaybackShuffleAsync(true, DeviceId),
            "queue" => _player.AddToQueueAsync(TrackUri, DeviceId),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        await call;

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal(method, sent.Method.Method);
        Assert.Equal(uri, sent.RequestUri.AbsoluteUri);
        Assert.Null(sent.Body);
        Assert.Equal(idempotent, sent.Metadata!.IsIdempotent);
    }

    [Fact]
    public async Task Commands_InvalidArguments_ThrowAndSendNothing()
    {
        Assert.Equal("PositionMs", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _player.SeekToPositionAsync(-1))).ParamName);
        Assert.Equal("VolumePercent", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _player.SetPlaybackVolumeAsync(101))).ParamName);
        Assert.Equal("State", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _player.SetRepeatModeAsync(new RepeatState("all")))).ParamName);
        Assert.Equal("Uri", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _player.AddToQueueAsync("spotify:album:5ht7ItJgpBH7W6vJ5BqpPr"))).ParamName);
        Assert.Equal("DeviceIds", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _player.TransferPlaybackAsync(new TransferPlaybackRequest([DeviceId, DeviceId])))).ParamName);
        Assert.Equal("Before", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _player.GetRecentlyPlayedAsync(after: 1, before: 2))).ParamName);

        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task Command_PremiumRequired_SurfacesReason()
    {
        _stub.Enqueue(() => StubResponses.ApiError(HttpStatusCode.Forbidden, "Player command failed: Premium required", "PREMIUM_REQUIRED"));

        var exception = await Assert.ThrowsAnyAsync<SpotifyApiException>(() => _player.PausePlaybackAsync());

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.Equal("PREMIUM_REQUIRED", exception.Reason);
    }

    [Fact]
    public async Task Command_NoActiveDevice_NotFoundKeepsReason()
    {
        _stub.Enqueue(() => StubResponses.ApiError(HttpStatusCode.NotFound, "Player command failed: No active device found", "NO_ACTIVE_DEVICE"));

        var exception = await Assert.ThrowsAsync<SpotifyNotFoundException>(() => _player.SkipToNextAsync());

        Assert.Equal("NO_ACTIVE_DEVICE", exception.Reason);
        Assert.Contains("device", exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetAvailableDevicesAsync_Devices_ReadsThem()
    {
        _stub.EnqueueJson("""{"devices":[{"id":"d1","is_active":false,"name":"Phone","type":"Smartphone","volume_percent":null,"supports_volume":false}]}""");

        var result = await _player.GetAvailableDevicesAsync();

        Assert.Equal("https://api.test/v1/me/player/devices", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        var device = Assert.Single(result.Data.Devices);
        Assert.Equal(DeviceType.Smartphone, device.Type);
        Assert.Null(device.VolumePercent);
    }

    [Fact]
    public async Task GetQueueAsync_TrackAndEpisode_ReadsBothTypes()
    {
        _stub.EnqueueJson("""{"currently_playing":{"type":"track","id":"4iV5W9uYEdYUVa79Axb7Rh","name":"Now"},"queue":[{"type":"episode","id":"512ojhOuo1ktJprKbVcKyQ","name":"Next"}]}""");

        var result = await _player.GetQueueAsync();

        Assert.Equal("https://api.test/v1/me/player/queue", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.IsType<Track>(result.Data.CurrentlyPlaying);
        Assert.Equal("Next", Assert.IsType<Episode>(Assert.Single(result.Data.Queue)).Name);
    }

    [Fact]
    public async Task GetRecentlyPlayedAsync_ConvenienceOverload_PassesEveryArgument()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"track":{"id":"4iV5W9uYEdYUVa79Axb7Rh","name":"T"},"played_at":"2026-05-01T12:00:00.123Z"}],"limit":5,"next":null,"cursors":{"after":"1","before":"0"}}""");

        var result = await _player.GetRecentlyPlayedAsync(limit: 5, before: 1777636800000);

        Assert.Equal("https://api.test/v1/me/player/recently-played?limit=5&before=1777636800000", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("T", Assert.Single(result.Data.Items).Track.Name);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 12, 0, 0, 123, TimeSpan.Zero), result.Data.Items[0].PlayedAt);
        Assert.Null(result.Data.Total);
    }

    [Fact]
    public async Task EnumerateRecentlyPlayedAsync_ThreePages_FollowsNextCursors()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"track":{"name":"A"},"played_at":"2026-05-01T12:00:00Z"},{"track":{"name":"B"},"played_at":"2026-05-01T11:00:00Z"}],"limit":2,"next":"https://api.test/v1/me/player/recently-played?before=1777633200000&limit=2","cursors":{"after":"1777636800000","before":"1777633200000"}}""")
             .EnqueueJson("""{"href":"h","items":[{"track":{"name":"C"},"played_at":"2026-05-01T10:00:00Z"},{"track":{"name":"D"},"played_at":"2026-05-01T09:00:00Z"}],"limit":2,"next":"https://api.test/v1/me/player/recently-played?before=1777626000000&limit=2","cursors":{"after":"1777629600000","before":"1777626000000"}}""")
             .EnqueueJson("""{"href":"h","items":[{"track":{"name":"E"},"played_at":"2026-05-01T08:00:00Z"}],"limit":2,"next":null,"cursors":{"after":"1777622400000","before":"1777622400000"}}""");

        var names = new List<string>();
        await foreach (var entry in _player.EnumerateRecentlyPlayedAsync(new GetRecentlyPlayedRequest { Limit = 2 }))
        {
            names.Add(entry.Track.Name);
        }

        Assert.Equal(["A", "B", "C", "D", "E"], names);
        Assert.Equal(
            [
                "https://api.test/v1/me/player/recently-played?limit=2",
                "https://api.test/v1/me/player/recently-played?before=1777633200000&limit=2",
                "https://api.test/v1/me/player/recently-played?before=1777626000000&limit=2",
            ],
            _stub.Requests.Select(request => request.RequestUri.AbsoluteUri));
    }

    [Fact]
    public async Task EnumerateRecentlyPlayedAsync_NoRequest_UsesPagesOfFifty()
    {
        _stub.EnqueueJson("""{"href":"h","items":[],"limit":50,"next":null,"cursors":{}}""");

        await foreach (var unused in _player.EnumerateRecentlyPlayedAsync())
        {
            Assert.Fail("no items expected");
        }

        Assert.Equal("https://api.test/v1/me/player/recently-played?limit=50", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task RequestOverloads_RequestRecord_ReturnedInResult()
    {
        _stub.Enqueue(HttpStatusCode.NoContent).Enqueue(HttpStatusCode.NoContent);
        var seek = new SeekToPositionRequest(10);
        var queue = new AddToQueueRequest(TrackUri);

        Assert.Same(seek, (await _player.SeekToPositionAsync(seek)).Request);
        Assert.Same(queue, (await _player.AddToQueueAsync(queue)).Request);
    }
}
