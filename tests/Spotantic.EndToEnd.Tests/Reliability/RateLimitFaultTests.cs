using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;

namespace Spotantic.EndToEnd.Tests.Reliability;

/// <summary>The 429 rows of the fault matrix (docs/reliability.md).</summary>
public sealed class RateLimitFaultTests
{
    private const string AlbumRoute = "/v1/albums/{id}";

    [Fact]
    public async Task GetAlbumAsync_TooManyRequestsWithShortRetryAfter_WaitsAndSucceeds()
    {
        await using var session = await EmulatorSession.StartAsync();
        var fault = session.Emulator.Faults.On("GET", AlbumRoute).Next(1).RespondTooManyRequests(TimeSpan.FromSeconds(1));
        var album = session.Emulator.Catalog.Albums[0];

        var result = await session.Client.Albums.GetAlbumAsync(album.Id);

        Assert.Equal(album.Name, result.Data.Name);
        Assert.Equal(1, fault.TimesApplied);
        Assert.Equal(2, session.Emulator.RequestLog.Count("GET", AlbumRoute));
        var attempts = session.Emulator.RequestLog.Find("GET", AlbumRoute);
        Assert.True(attempts[1].Time - attempts[0].Time >= TimeSpan.FromSeconds(0.9), "the retry must wait for Retry-After");
    }

    [Fact]
    public async Task GetAlbumAsync_RetryAfterAboveCap_ThrowsAtOnceAndEveryClientFailsFastUntilCooldown()
    {
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions { Configure = o => o.Client.MaxRetryAfter = TimeSpan.FromSeconds(5) });
        session.Emulator.Faults.On("GET", AlbumRoute).Next(1).RespondTooManyRequests(TimeSpan.FromHours(1));

        var first = await Assert.ThrowsAsync<SpotifyRateLimitException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id));
        // Another operation, through the same client ID's shared gate: refused without reaching the server.
        var second = await Assert.ThrowsAsync<SpotifyRateLimitException>(() => session.Client.Albums.GetUserSavedAlbumsAsync());

        Assert.InRange(first.RetryAfter!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        Assert.NotNull(second.RetryAfter);
        Assert.Equal(1, session.Emulator.RequestLog.Count("*", "/v1/**"));
    }

    [Fact]
    public async Task GetAlbumAsync_TooManyRequestsWithoutRetryAfter_BacksOffAndSucceeds()
    {
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions { Configure = o => o.Client.RetryBaseDelay = TimeSpan.FromMilliseconds(100) });
        var fault = session.Emulator.Faults.On("GET", AlbumRoute).Next(2).RespondTooManyRequests();

        var result = await session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id);

        Assert.NotEmpty(result.Data.Name);
        Assert.Equal(2, fault.TimesApplied);
        var attempts = session.Emulator.RequestLog.Find("GET", AlbumRoute);
        Assert.Equal(3, attempts.Count);
        // Polly's decorrelated jitter makes the two delays add up to at least about 1.38 times the base delay (100 ms).
        Assert.True(attempts[2].Time - attempts[0].Time >= TimeSpan.FromMilliseconds(100), $"the retries came {(attempts[2].Time - attempts[0].Time).TotalMilliseconds} ms after the first attempt, without a backoff");
    }

    [Fact]
    public async Task GetAlbumAsync_QuotaExceeded_ThrowsTypedWithoutRetrying()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Faults.On("GET", AlbumRoute).Next(1).RespondQuotaExceeded(TimeSpan.FromSeconds(1));

        var ex = await Assert.ThrowsAsync<SpotifyRateLimitException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id));

        Assert.Equal("QUOTA_EXCEEDED", ex.Reason);
        Assert.Equal(1, session.Emulator.RequestLog.Count("GET", AlbumRoute));
    }
}
