using Spotantic.EndToEnd.Tests.Support;

namespace Spotantic.EndToEnd.Tests.Reliability;

/// <summary>Many callers, one expired token: one refresh serves them all.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task GetAlbumAsync_ThousandConcurrentCallsWithExpiredToken_OneTokenRequestAndAllSucceed()
    {
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions { StartWithExpiredToken = true });
        var albums = session.Emulator.Catalog.Albums;
        using var start = new ManualResetEventSlim();

        var calls = Enumerable.Range(0, 1000).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await session.Client.Albums.GetAlbumAsync(albums[i % albums.Count].Id);
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(calls);

        Assert.Equal(1000, results.Length);
        Assert.All(results, (result, i) => Assert.Equal(albums[i % albums.Count].Id, result.Data.Id));
        Assert.Equal(1, session.Emulator.RequestLog.Count("POST", "/api/token"));
        Assert.Equal(1000, session.Emulator.RequestLog.Count("GET", "/v1/albums/{id}"));
    }
}
