using System.Net;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;

namespace Spotantic.EndToEnd.Tests.Reliability;

/// <summary>The 5xx, transport and timeout rows of the fault matrix (docs/reliability.md).</summary>
public sealed class ServerFaultTests
{
    private const string AlbumRoute = "/v1/albums/{id}";

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task GetAlbumAsync_BurstOfServerErrors_RetriedUntilSuccess(int status)
    {
        await using var session = await EmulatorSession.StartAsync();
        var fault = session.Emulator.Faults.On("GET", AlbumRoute).Next(2).RespondServerError(status);

        var result = await session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id);

        Assert.NotEmpty(result.Data.Name);
        Assert.Equal(2, fault.TimesApplied);
        Assert.Equal(3, session.Emulator.RequestLog.Count("GET", AlbumRoute));
    }

    [Fact]
    public async Task GetAlbumAsync_ServerErrorsBeyondMaxAttempts_ThrowsWithTheStatusAfterMaxAttempts()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Faults.On("GET", AlbumRoute).Next(10).RespondServerError(503);

        var ex = await Assert.ThrowsAnyAsync<SpotifyApiException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(3, session.Emulator.RequestLog.Count("GET", AlbumRoute));
    }

    [Fact]
    public async Task GetAlbumAsync_ConnectionDropped_RetriedAndSucceeds()
    {
        await using var session = await EmulatorSession.StartAsync();
        var fault = session.Emulator.Faults.On("GET", AlbumRoute).Next(1).DropConnection();

        var result = await session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id);

        Assert.NotEmpty(result.Data.Name);
        Assert.Equal(1, fault.TimesApplied);
        var attempts = session.Emulator.RequestLog.Find("GET", AlbumRoute);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[0].Aborted);
    }

    [Fact]
    public async Task GetAlbumAsync_AttemptTimesOut_RetriedAndSucceeds()
    {
        // The retry must answer within the attempt timeout too, so it is long enough for a busy machine.
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions { Configure = o => o.Client.AttemptTimeout = TimeSpan.FromSeconds(5) });
        var fault = session.Emulator.Faults.On("GET", AlbumRoute).Next(1).Delay(TimeSpan.FromSeconds(60));

        var result = await session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id);

        Assert.NotEmpty(result.Data.Name);
        Assert.Equal(1, fault.TimesApplied);
        Assert.Equal(2, session.Emulator.RequestLog.Count("GET", AlbumRoute));
    }

    [Fact]
    public async Task GetAlbumAsync_TotalTimeoutElapses_ThrowsTimeout()
    {
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions
        {
            Configure = o =>
            {
                o.Client.AttemptTimeout = TimeSpan.FromSeconds(1);
                o.Client.TotalTimeout = TimeSpan.FromSeconds(1.5);
            },
        });
        session.Emulator.Faults.On("GET", AlbumRoute).Delay(TimeSpan.FromSeconds(20));

        var ex = await Assert.ThrowsAsync<SpotifyTimeoutException>(() => session.Client.Albums.GetAlbumAsync(session.Emulator.Catalog.Albums[0].Id));

        Assert.Contains("TotalTimeout", ex.Message, StringComparison.Ordinal);
        Assert.InRange(session.Emulator.RequestLog.Count("GET", AlbumRoute), 1, 2);
    }
}
