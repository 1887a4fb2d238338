using System.Net;
using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

namespace Spotantic.Extensions.DependencyInjection.Tests.EndToEnd;

public sealed class ResilienceEndToEndTests
{
    [Fact]
    public async Task GetAlbumAsync_429WithRetryAfter1_WaitsAndRetries()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);
        var album = server.Catalog.Albums[10];
        var path = $"/v1/albums/{album.Id}";
        server.Enqueue("GET", path, FakeResponse.TooManyRequests(1));

        var result = await host.Albums.GetAlbumAsync(album.Id);

        Assert.Equal(album.Name, result.Data.Name);
        var requests = server.RequestsTo(path);
        Assert.Equal(2, requests.Count);
        // Retry-After is a real wait: the retry must not arrive before it is over (allowing for clock granularity).
        Assert.True(requests[1].Time - requests[0].Time >= TimeSpan.FromMilliseconds(900), $"The retry came {(requests[1].Time - requests[0].Time).TotalMilliseconds} ms after the 429.");
    }

    [Fact]
    public async Task GetAlbumAsync_429WithRetryAfter3600_FailsAtOnceAndLaterCallsFailFast()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);
        var album = server.Catalog.Albums[11];
        var path = $"/v1/albums/{album.Id}";
        server.Enqueue("GET", path, FakeResponse.TooManyRequests(3600));

        var exception = await Assert.ThrowsAsync<SpotifyRateLimitException>(() => host.Albums.GetAlbumAsync(album.Id));

        Assert.Equal(TimeSpan.FromSeconds(3600), exception.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Single(server.RequestsTo(path));

        var other = server.Catalog.Albums[12];
        var blocked = await Assert.ThrowsAsync<SpotifyRateLimitException>(() => host.Albums.GetAlbumAsync(other.Id));

        Assert.InRange(blocked.RetryAfter!.Value, TimeSpan.FromSeconds(3500), TimeSpan.FromSeconds(3600));
        Assert.Single(server.ApiRequests);
    }

    [Fact]
    public async Task GetAlbumAsync_429QuotaExceeded_IsNotRetried()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);
        var album = server.Catalog.Albums[13];
        var path = $"/v1/albums/{album.Id}";
        server.Enqueue("GET", path, FakeResponse.ApiError(429, "Too many requests", "QUOTA_EXCEEDED"), count: 3);

        var exception = await Assert.ThrowsAsync<SpotifyRateLimitException>(() => host.Albums.GetAlbumAsync(album.Id));

        Assert.Equal("QUOTA_EXCEEDED", exception.Reason);
        Assert.Single(server.RequestsTo(path));
    }

    [Fact]
    public async Task GetAlbumAsync_503Once_RetriedAndSucceeds()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);
        var album = server.Catalog.Albums[20];
        var path = $"/v1/albums/{album.Id}";
        server.Enqueue("GET", path, FakeResponse.ServiceUnavailable());

        var result = await host.Albums.GetAlbumAsync(album.Id);

        Assert.Equal(HttpStatusCode.OK, result.Response.StatusCode);
        Assert.Equal(album.Id, result.Data.Id);
        Assert.Equal(2, server.RequestsTo(path).Count);
    }

    [Fact]
    public async Task GetAlbumAsync_503OnEveryAttempt_StopsAfterMaxAttempts()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials, options => options.Client.MaxAttempts = 3);
        var album = server.Catalog.Albums[21];
        var path = $"/v1/albums/{album.Id}";
        server.Enqueue("GET", path, FakeResponse.ServiceUnavailable(), count: 5);

        var exception = await Assert.ThrowsAsync<SpotifyApiException>(() => host.Albums.GetAlbumAsync(album.Id));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(3, server.RequestsTo(path).Count);
    }

    [Fact]
    public async Task SendAsync_503OnNonIdempotentPost_IsNotRetried()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);
        // Had the POST been retried, the second attempt would have succeeded.
        server.Enqueue("POST", FakeSpotifyServer.NonIdempotentPath, FakeResponse.ServiceUnavailable());

        var exception = await Assert.ThrowsAsync<SpotifyApiException>(() => host.Connection.SendAsync(new NonIdempotentTestRequest(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        var post = Assert.Single(server.RequestsTo(FakeSpotifyServer.NonIdempotentPath));
        Assert.Equal("POST", post.Method);
        Assert.Equal("""{"action":"skip"}""", post.Body);

        // The same operation goes through once the server is healthy: the route itself works.
        var result = await host.Connection.SendAsync(new NonIdempotentTestRequest(), CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, result.Response.StatusCode);
        Assert.Equal(2, server.RequestsTo(FakeSpotifyServer.NonIdempotentPath).Count);
    }
}
