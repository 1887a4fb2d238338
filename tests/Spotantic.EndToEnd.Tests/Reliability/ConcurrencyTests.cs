using Spotantic.EndToEnd.Tests.Support;

namespace Spotantic.EndToEnd.Tests.Reliability;

/// <summary>Many callers, one expired token: one refresh serves them all.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task GetAlbumAsync_ThousandConcurrentCallsWithExpiredToken_OneTokenRequestAndAllSucceed()
    {
        // A thousand connections at once can keep one waiting for seconds on a busy machine; a generous attempt timeout
        // keeps a slow attempt from being retried, which would add a request the assertions below do not expect.
        await using var session = await EmulatorSession.StartAsync(new EmulatorSessionOptions
        {
            StartWithExpiredToken = true,
            Configure = o => o.Client.AttemptTimeout = TimeSpan.FromMinutes(1),
        });
        var albums = session.Emulator.Catalog.Albums;

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => session.Client.Albums.GetAlbumAsync(albums[i % albums.Count].Id)));

        Assert.Equal(1000, results.Length);
        Assert.All(results, (result, i) => Assert.Equal(albums[i % albums.Count].Id, result.Data.Id));
        Assert.Equal(1, session.Emulator.RequestLog.Count("POST", "/api/token"));
        Assert.Equal(1000, session.Emulator.RequestLog.Count("GET", "/v1/albums/{id}"));
    }
}
