using System.Net;
using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.EndToEnd.Tests.Player;

public sealed class PlayerEndToEndTests
{
    private const string PlayRoute = "/v1/me/player/play";

    [Fact]
    public async Task GetPlaybackStateAndCurrentlyPlaying_NothingPlays_DataIsNull()
    {
        await using var session = await EmulatorSession.StartAsync();
        var player = session.Get<IPlayerClient>();

        var state = await player.GetPlaybackStateAsync();
        var current = await player.GetCurrentlyPlayingAsync();
        var queue = await player.GetQueueAsync();

        Assert.Null(state.Data);
        Assert.Equal(HttpStatusCode.NoContent, state.Response.StatusCode);
        Assert.Null(current.Data);
        Assert.Null(queue.Data.CurrentlyPlaying);
        Assert.Empty(queue.Data.Queue);
    }

    [Fact]
    public async Task StartPlaybackAsync_AlbumOnDevice_StateAndCurrentlyPlayingReflectIt()
    {
        await using var session = await EmulatorSession.StartAsync();
        var player = session.Get<IPlayerClient>();
        var devices = (await player.GetAvailableDevicesAsync()).Data.Devices;
        var device = devices[1];
        var album = session.Emulator.Catalog.Albums.First(a => a.TrackIds.Count >= 4);

        await player.StartPlaybackAsync(contextUri: album.Uri, offset: new PlaybackOffset { Position = 3 }, positionMs: 2000, deviceId: device.Id);
        var state = (await player.GetPlaybackStateAsync(market: "US")).Data;
        var current = (await player.GetCurrentlyPlayingAsync()).Data;

        Assert.True(devices.Count >= 2, "the demo user has several devices");
        Assert.NotNull(state);
        Assert.True(state.IsPlaying);
        Assert.Equal(device.Id, state.Device.Id);
        Assert.True(state.Device.IsActive);
        Assert.Equal(album.Uri, state.Context!.Uri);
        Assert.Equal(album.TrackIds[3], Assert.IsType<Track>(state.Item).Id);
        Assert.True(state.ProgressMs >= 2000);
        Assert.Equal(CurrentlyPlayingType.Track, state.CurrentlyPlayingType);
        Assert.NotNull(current);
        Assert.Equal(album.TrackIds[3], current.Item!.Id);
        Assert.Equal(RepeatState.Off, state.RepeatState);
    }

    [Fact]
    public async Task PausePlaybackAsync_WhilePlaying_StateIsPaused()
    {
        await using var session = await EmulatorSession.StartAsync();
        var player = session.Get<IPlayerClient>();
        var device = (await player.GetAvailableDevicesAsync()).Data.Devices[0];

        await player.StartPlaybackAsync(uris: [session.Emulator.Catalog.Tracks[0].Uri], deviceId: device.Id);
        await player.PausePlaybackAsync();
        var state = (await player.GetPlaybackStateAsync()).Data;

        Assert.False(state!.IsPlaying);
        Assert.Equal(session.Emulator.Catalog.Tracks[0].Id, state.Item!.Id);
    }

    [Fact]
    public async Task QueueAndSkips_AddToQueueThenNextAndPrevious_FollowTheQueue()
    {
        await using var session = await EmulatorSession.StartAsync();
        var player = session.Get<IPlayerClient>();
        var device = (await player.GetAvailableDevicesAsync()).Data.Devices[0];
        var tracks = session.Emulator.Catalog.Tracks;
        var episode = session.Emulator.Catalog.Episodes[0];

        await player.StartPlaybackAsync(new StartPlaybackRequest { Uris = [tracks[0].Uri, tracks[1].Uri], DeviceId = device.Id });
        await player.AddToQueueAsync(episode.Uri);
        var queue = (await player.GetQueueAsync()).Data;
        await player.SkipToNextAsync();
        var onEpisode = (await player.GetCurrentlyPlayingAsync(additionalTypes: ["episode"])).Data;
        await player.SkipToNextAsync();
        var onSecond = (await player.GetCurrentlyPlayingAsync()).Data;
        await player.SkipToPreviousAsync();
        var backOnFirst = (await player.GetCurrentlyPlayingAsync()).Data;

        Assert.Equal(tracks[0].Id, queue.CurrentlyPlaying!.Id);
        Assert.Equal([episode.Id, tracks[1].Id], queue.Queue.Select(item => item.Id));
        Assert.IsType<Episode>(queue.Queue[0]);
        Assert.Equal(episode.Id, Assert.IsType<Episode>(onEpisode!.Item).Id);
        Assert.Equal(CurrentlyPlayingType.Episode, onEpisode.CurrentlyPlayingType);
        Assert.Equal(tracks[1].Id, onSecond!.Item!.Id);
        Assert.Equal(tracks[0].Id, backOnFirst!.Item!.Id);
    }

    [Fact]
    public async Task DeviceSettings_TransferSeekRepeatVolumeShuffle_ShowInPlaybackState()
    {
        await using var session = await EmulatorSession.StartAsync();
        var player = session.Get<IPlayerClient>();
        var devices = (await player.GetAvailableDevicesAsync()).Data.Devices;
        var track = session.Emulator.Catalog.Tracks.First(t => t.DurationMs > 60_000);

        await player.StartPlaybackAsync(uris: [track.Uri], deviceId: devices[0].Id);
        await player.PausePlaybackAsync();
        await player.TransferPlaybackAsync(devices[2].Id!, play: false);
        await player.SeekToPositionAsync(45_000);
        await player.SetRepeatModeAsync(RepeatState.Context);
        await player.SetPlaybackVolumeAsync(23);
        await player.TogglePlaybackShuffleAsync(true);
        var state = (await player.GetPlaybackStateAsync()).Data!;
        var listed = (await player.GetAvailableDevicesAsync()).Data.Devices;

        Assert.Equal(devices[2].Id, state.Device.Id);
        Assert.False(state.IsPlaying);
        Assert.Equal(45_000, state.ProgressMs);
        Assert.Equal(RepeatState.Context, state.RepeatState);
        Assert.True(state.ShuffleState);
        Assert.Equal(23, state.Device.VolumePercent);
        Assert.Equal([devices[2].Id], listed.Where(d => d.IsActive).Select(d => d.Id));
    }

    [Fact]
    public async Task EnumerateRecentlyPlayedAsync_HistoryLongerThanOnePage_WalksEveryPageNewestFirst()
    {
        await using var session = await EmulatorSession.StartAsync();
        var player = session.Get<IPlayerClient>();

        var first = await player.GetRecentlyPlayedAsync(limit: 20);
        var entries = new List<PlayHistory>();
        await foreach (var entry in player.EnumerateRecentlyPlayedAsync(new GetRecentlyPlayedRequest { Limit = 20 }))
        {
            entries.Add(entry);
        }

        Assert.NotNull(first.Data.Next);
        Assert.Equal(20, first.Data.Items.Count);
        Assert.True(entries.Count > 50, "the seeded history must span several pages");
        Assert.Equal(entries.Select(e => e.PlayedAt).OrderDescending(), entries.Select(e => e.PlayedAt));
        Assert.Equal(entries.Count, entries.Select(e => e.PlayedAt).Distinct().Count());
        Assert.All(entries, e => Assert.NotEmpty(e.Track.Name));
        Assert.Equal(first.Data.Items.Select(e => e.PlayedAt), entries.Take(20).Select(e => e.PlayedAt));
        Assert.True(session.Emulator.RequestLog.Count("GET", "/v1/me/player/recently-played") >= 4);
    }

    [Fact]
    public async Task GetRecentlyPlayedAsync_BeforeCursorOfFirstPage_ReturnsTheNextEntries()
    {
        await using var session = await EmulatorSession.StartAsync();
        var player = session.Get<IPlayerClient>();

        var first = (await player.GetRecentlyPlayedAsync(limit: 5)).Data;
        var second = (await player.GetRecentlyPlayedAsync(limit: 5, before: long.Parse(first.Cursors.Before!, System.Globalization.CultureInfo.InvariantCulture))).Data;

        Assert.Equal(5, second.Items.Count);
        Assert.True(second.Items[0].PlayedAt < first.Items[^1].PlayedAt);
    }

    [Fact]
    public async Task StartPlaybackAsync_ServerError_NotRetriedBecauseItRestartsPlayback()
    {
        await using var session = await EmulatorSession.StartAsync();
        var player = session.Get<IPlayerClient>();
        var device = (await player.GetAvailableDevicesAsync()).Data.Devices[0];
        var fault = session.Emulator.Faults.On("PUT", PlayRoute).Next(1).RespondServerError(503);

        var exception = await Assert.ThrowsAnyAsync<SpotifyApiException>(() => player.StartPlaybackAsync(uris: [session.Emulator.Catalog.Tracks[0].Uri], deviceId: device.Id));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(1, fault.TimesApplied);
        Assert.Equal(1, session.Emulator.RequestLog.Count("PUT", PlayRoute));
    }

    [Theory]
    [InlineData("/v1/me/player/next")]
    [InlineData("/v1/me/player/queue")]
    public async Task PostCommand_ServerError_ExactlyOnePostSent(string route)
    {
        await using var session = await EmulatorSession.StartAsync();
        var player = session.Get<IPlayerClient>();
        var device = (await player.GetAvailableDevicesAsync()).Data.Devices[0];
        await player.StartPlaybackAsync(uris: [session.Emulator.Catalog.Tracks[0].Uri, session.Emulator.Catalog.Tracks[1].Uri], deviceId: device.Id);
        session.Emulator.Faults.On("POST", route).Next(1).RespondServerError(503);

        Task call = route.EndsWith("next", StringComparison.Ordinal)
            ? player.SkipToNextAsync()
            : player.AddToQueueAsync(session.Emulator.Catalog.Tracks[2].Uri);
        await Assert.ThrowsAnyAsync<SpotifyApiException>(() => call);
        var current = (await player.GetCurrentlyPlayingAsync()).Data!;

        Assert.Equal(1, session.Emulator.RequestLog.Count("POST", route));
        Assert.Equal(session.Emulator.Catalog.Tracks[0].Id, current.Item!.Id);
    }

    [Fact]
    public async Task PausePlaybackAsync_ServerErrorOnce_RetriedBecauseItIsIdempotent()
    {
        await using var session = await EmulatorSession.StartAsync();
        var player = session.Get<IPlayerClient>();
        var device = (await player.GetAvailableDevicesAsync()).Data.Devices[0];
        await player.StartPlaybackAsync(uris: [session.Emulator.Catalog.Tracks[0].Uri], deviceId: device.Id);
        session.Emulator.Faults.On("PUT", "/v1/me/player/pause").Next(1).RespondServerError(503);

        await player.PausePlaybackAsync();

        Assert.Equal(2, session.Emulator.RequestLog.Count("PUT", "/v1/me/player/pause"));
        Assert.False((await player.GetPlaybackStateAsync()).Data!.IsPlaying);
    }

    [Fact]
    public async Task Commands_NoActiveDevice_ThrowNotFoundWithNoActiveDeviceReason()
    {
        await using var session = await EmulatorSession.StartAsync();
        var player = session.Get<IPlayerClient>();

        var exception = await Assert.ThrowsAsync<SpotifyNotFoundException>(() => player.SkipToNextAsync());

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Equal("NO_ACTIVE_DEVICE", exception.Reason);
    }

    [Fact]
    public async Task GetCurrentlyPlayingAsync_OnlyPlaybackStateScope_IsServed()
    {
        await using var session = await EmulatorSession.StartAsync("user-read-playback-state");
        var player = session.Get<IPlayerClient>();

        var current = await player.GetCurrentlyPlayingAsync();
        var queue = await player.GetQueueAsync();

        Assert.Null(current.Data);
        Assert.NotNull(queue.Data);
        await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => player.PausePlaybackAsync());
    }
}
