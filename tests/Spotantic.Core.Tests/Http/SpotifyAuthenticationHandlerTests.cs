using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;

namespace Spotantic.Core.Tests.Http;

public sealed class SpotifyAuthenticationHandlerTests
{
    [Fact]
    public async Task SendAsync_ValidToken_SetsBearerHeader()
    {
        using var stub = new StubHttpMessageHandler().Enqueue(HttpStatusCode.OK);
        var tokens = new FakeSpotifyTokenManager();
        using var client = CreateClient(tokens, stub);

        using var response = await client.GetAsync(new Uri("https://api.test/v1/albums/x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(stub.Requests);
        Assert.Equal("Bearer", sent.Authorization?.Scheme);
        Assert.Equal("access-1", sent.Authorization?.Parameter);
        Assert.Equal(0, tokens.RefreshCount);
    }

    [Fact]
    public async Task SendAsync_401ThenOk_RefreshesOnceAndResendsWithNewToken()
    {
        using var stub = new StubHttpMessageHandler().Enqueue(HttpStatusCode.Unauthorized).Enqueue(HttpStatusCode.OK, "{}");
        var tokens = new FakeSpotifyTokenManager();
        var rejected = tokens.Current;
        using var client = CreateClient(tokens, stub);

        using var response = await client.GetAsync(new Uri("https://api.test/v1/albums/x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["access-1", "access-2"], stub.Requests.Select(request => request.Authorization?.Parameter));
        Assert.Equal(1, tokens.RefreshCount);
        Assert.Same(rejected, Assert.Single(tokens.RejectedTokens));
    }

    [Fact]
    public async Task SendAsync_401Twice_ReturnsSecond401WithoutLooping()
    {
        using var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        var tokens = new FakeSpotifyTokenManager();
        using var client = CreateClient(tokens, stub);

        using var response = await client.GetAsync(new Uri("https://api.test/v1/albums/x"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(2, stub.RequestCount);
        Assert.Equal(1, tokens.RefreshCount);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task SendAsync_OtherErrors_NoRefresh(HttpStatusCode status)
    {
        using var stub = new StubHttpMessageHandler().Enqueue(status);
        var tokens = new FakeSpotifyTokenManager();
        using var client = CreateClient(tokens, stub);

        using var response = await client.GetAsync(new Uri("https://api.test/v1/albums/x"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, stub.RequestCount);
        Assert.Equal(0, tokens.RefreshCount);
    }

    [Fact]
    public async Task SendAsync_LoggingAtTrace_NeverLogsTheToken()
    {
        using var stub = new StubHttpMessageHandler().Enqueue(HttpStatusCode.Unauthorized).Enqueue(HttpStatusCode.OK);
        var tokens = new FakeSpotifyTokenManager();
        var logger = new FakeLogger();
        using var client = new HttpClient(SpotifyHandlerChain.Link([new SpotifyAuthenticationHandler(tokens, logger)], stub));

        using var response = await client.GetAsync(new Uri("https://api.test/v1/albums/x"));

        var records = logger.Collector.GetSnapshot();
        Assert.NotEmpty(records);
        Assert.All(records, record =>
        {
            var text = record.Message + " " + string.Join(' ', record.StructuredState?.Select(pair => pair.Value) ?? []);
            Assert.DoesNotContain("access-1", text, StringComparison.Ordinal);
            Assert.DoesNotContain("access-2", text, StringComparison.Ordinal);
        });
    }

    private static HttpClient CreateClient(FakeSpotifyTokenManager tokens, StubHttpMessageHandler stub) =>
        new(SpotifyHandlerChain.Link([new SpotifyAuthenticationHandler(tokens, NullLogger.Instance)], stub));
}
