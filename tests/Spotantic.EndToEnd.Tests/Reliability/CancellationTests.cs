using Spotantic.Auth;
using Spotantic.EndToEnd.Tests.Support;

namespace Spotantic.EndToEnd.Tests.Reliability;

/// <summary>The cancellation rows of the fault matrix (docs/reliability.md).</summary>
public sealed class CancellationTests
{
    private const string AlbumRoute = "/v1/albums/{id}";
    private const string TokenRoute = "/api/token";

    [Fact]
    public async Task GetAlbumAsync_CancelledWhileTheServerIsSlow_ThrowsCanceledAndAbortsTheRequest()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Faults.On("GET", AlbumRoute).Next(1).Delay(TimeSpan.FromSeconds(30));
        using var cts = new CancellationTokenSource();

        var call = session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id, cancellationToken: cts.Token);
        // Cancel only once the server holds the request, so the test is about an in-flight call.
        await WaitUntilAsync(() => session.Emulator.RequestLog.Count("GET", AlbumRoute) == 1);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        // The connection is closed, so the server sees the request aborted instead of serving it later.
        var entry = Assert.Single(session.Emulator.RequestLog.Find("GET", AlbumRoute));
        await WaitUntilAsync(() => entry.Aborted);
        Assert.True(entry.Aborted);
    }

    [Fact]
    public async Task GetAlbumAsync_CancelledBeforeSending_SendsNothing()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id, cancellationToken: cts.Token));

        Assert.Equal(0, session.Emulator.RequestLog.Count("*", "/**"));
    }

    [Fact]
    public async Task GetAlbumAsync_CancelledDuringRefresh_LeavesTheStoredTokenWholeAndTheNextCallRefreshes()
    {
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions { StartWithExpiredToken = true });
        var before = await session.TokenStore.GetAsync(SpotifyTokenKeys.Default);
        session.Emulator.Faults.On("POST", TokenRoute).Next(1).Delay(TimeSpan.FromSeconds(30));
        using var cts = new CancellationTokenSource();
        var albumId = session.Emulator.Catalog.Albums[0].Id;

        var call = session.Client.Albums.GetAlbumAsync(albumId, cancellationToken: cts.Token);
        await WaitUntilAsync(() => session.Emulator.RequestLog.Count("POST", TokenRoute) == 1);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(before, await session.TokenStore.GetAsync(SpotifyTokenKeys.Default));
        var result = await session.Client.Albums.GetAlbumAsync(albumId);
        Assert.NotEmpty(result.Data.Name);
        var after = await session.TokenStore.GetAsync(SpotifyTokenKeys.Default);
        Assert.NotEqual(before!.AccessToken, after!.AccessToken);
        Assert.False(string.IsNullOrEmpty(after.RefreshToken));
        Assert.Equal(2, session.Emulator.RequestLog.Count("POST", TokenRoute));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
