using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;

namespace Spotantic.Core.Tests.Http;

public sealed class SpotifyRateLimitGateHandlerTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly SpotifyRateLimitGate _gate = new() { ClientId = "client-a" };

    [Fact]
    public async Task SendAsync_429AboveCap_ClosesGateSoNextCallFailsWithoutSending()
    {
        using var stub = new StubHttpMessageHandler()
            .Enqueue(() => StubResponses.TooManyRequests(3600))
            .Enqueue(HttpStatusCode.OK, "{}");
        using var client = CreateClient(stub);

        using var first = await client.GetAsync(new Uri("https://api.test/v1/albums/x"));
        _time.Advance(TimeSpan.FromSeconds(600));
        var exception = await Assert.ThrowsAsync<SpotifyRateLimitException>(() => client.GetAsync(new Uri("https://api.test/v1/albums/y")));

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3000), exception.RetryAfter);
        Assert.Equal(1, stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_GateExpired_SendsAgain()
    {
        using var stub = new StubHttpMessageHandler()
            .Enqueue(() => StubResponses.TooManyRequests(3600))
            .Enqueue(HttpStatusCode.OK, "{}");
        using var client = CreateClient(stub);
        using var first = await client.GetAsync(new Uri("https://api.test/v1/albums/x"));

        _time.Advance(TimeSpan.FromSeconds(3600));
        using var second = await client.GetAsync(new Uri("https://api.test/v1/albums/y"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, stub.RequestCount);
        Assert.Null(_gate.Remaining(_time.GetUtcNow()));
    }

    [Fact]
    public async Task SendAsync_GateClosed_ExceptionNamesOperation()
    {
        _gate.BlockUntil(_time.GetUtcNow().AddMinutes(5));
        using var stub = new StubHttpMessageHandler();
        using var client = CreateClient(stub);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/v1/albums/x");
        request.Options.Set(SpotifyRequestMetadata.Key, new SpotifyRequestMetadata(Spotantic.Requests.GetAlbumRequest.Definition, ScopeRequirement.None, IsIdempotent: true));

        var exception = await Assert.ThrowsAsync<SpotifyRateLimitException>(() => client.SendAsync(request));

        Assert.Equal("get-an-album", exception.OperationId);
        Assert.Equal(TimeSpan.FromMinutes(5), exception.RetryAfter);
        Assert.Equal(0, stub.RequestCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(30)]
    public async Task SendAsync_429WithinCap_LeavesGateOpen(int retryAfterSeconds)
    {
        using var stub = new StubHttpMessageHandler()
            .Enqueue(() => StubResponses.TooManyRequests(retryAfterSeconds))
            .Enqueue(HttpStatusCode.OK, "{}");
        using var client = CreateClient(stub);

        using var first = await client.GetAsync(new Uri("https://api.test/v1/albums/x"));
        using var second = await client.GetAsync(new Uri("https://api.test/v1/albums/x"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_429WithoutRetryAfter_LeavesGateOpen()
    {
        using var stub = new StubHttpMessageHandler()
            .Enqueue(() => StubResponses.TooManyRequests(null))
            .Enqueue(HttpStatusCode.OK, "{}");
        using var client = CreateClient(stub);

        using var first = await client.GetAsync(new Uri("https://api.test/v1/albums/x"));
        using var second = await client.GetAsync(new Uri("https://api.test/v1/albums/x"));

        Assert.Equal(2, stub.RequestCount);
        Assert.Null(_gate.Remaining(_time.GetUtcNow()));
    }

    [Fact]
    public async Task SendAsync_SharedGate_BlocksOtherClientsOfTheSameClientId()
    {
        using var stub = new StubHttpMessageHandler().Enqueue(() => StubResponses.TooManyRequests(120));
        using var other = new StubHttpMessageHandler();
        using var first = CreateClient(stub);
        using var second = CreateClient(other);

        using var limited = await first.GetAsync(new Uri("https://api.test/v1/albums/x"));

        await Assert.ThrowsAsync<SpotifyRateLimitException>(() => second.GetAsync(new Uri("https://api.test/v1/me/albums")));
        Assert.Equal(0, other.RequestCount);
    }

    private HttpClient CreateClient(StubHttpMessageHandler stub) =>
        new(SpotifyHandlerChain.Link([new SpotifyRateLimitGateHandler(_gate, Cap, _time, NullLogger.Instance)], stub));
}
