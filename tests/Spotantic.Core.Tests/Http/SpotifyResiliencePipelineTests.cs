using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Spotantic.Configuration;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Http;

/// <summary>The retry rules, exercised through the whole handler chain as <see cref="SpotifyHandlerChain.Create"/> builds it.</summary>
public sealed class SpotifyResiliencePipelineTests : IDisposable
{
    private const string AlbumId = "4aawyAB9vmqN3uQ7FjRGTy";
    private const string AlbumJson = """{"id":"4aawyAB9vmqN3uQ7FjRGTy","name":"Retried"}""";

    private readonly StubHttpMessageHandler _stub = new();
    private readonly FakeSpotifyTokenManager _tokens = new(scope: "user-library-read");
    private readonly HttpClient _client;
    private readonly SpotifyApiConnection _connection;

    public SpotifyResiliencePipelineTests()
    {
        var options = TestOptions.Create(SpotifyAuthFlow.ClientCredentials);
        options.Client.MaxAttempts = 3;
        options.Client.RetryBaseDelay = TimeSpan.Zero;
        options.Client.MaxRetryAfter = TimeSpan.FromSeconds(2);
        var handlers = SpotifyHandlerChain.Create(options, _tokens, new SpotifyRateLimitGate { ClientId = TestOptions.ClientId }, TimeProvider.System, NullLoggerFactory.Instance);
        _client = new HttpClient(SpotifyHandlerChain.Link(handlers, _stub), disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        _connection = new SpotifyApiConnection(() => _client, TestOptions.ApiBaseAddress, TimeProvider.System);
    }

    public void Dispose()
    {
        _client.Dispose();
        _stub.Dispose();
    }

    [Fact]
    public void Create_DefaultOptions_OrderIsGateResilienceScopeAuthentication()
    {
        var handlers = SpotifyHandlerChain.Create(TestOptions.Create(), _tokens, new SpotifyRateLimitGate { ClientId = "c" }, TimeProvider.System, NullLoggerFactory.Instance);

        Assert.Collection(
            handlers,
            handler => Assert.IsType<SpotifyRateLimitGateHandler>(handler),
            handler => Assert.Equal("ResilienceHandler", handler.GetType().Name),
            handler => Assert.IsType<SpotifyScopeCheckHandler>(handler),
            handler => Assert.IsType<SpotifyAuthenticationHandler>(handler));
    }

    [Fact]
    public void Create_ScopeCheckOff_NoScopeHandler()
    {
        var options = TestOptions.Create();
        options.Client.CheckInsufficientScope = false;

        var handlers = SpotifyHandlerChain.Create(options, _tokens, new SpotifyRateLimitGate { ClientId = "c" }, TimeProvider.System, NullLoggerFactory.Instance);

        Assert.DoesNotContain(handlers, handler => handler is SpotifyScopeCheckHandler);
        Assert.IsType<SpotifyAuthenticationHandler>(handlers[^1]);
    }

    [Fact]
    public async Task SendAsync_503OnGetThenOk_RetriedAndSucceeds()
    {
        _stub.Enqueue(HttpStatusCode.ServiceUnavailable).Enqueue(HttpStatusCode.ServiceUnavailable).EnqueueJson(AlbumJson);

        var result = await GetAlbumAsync();

        Assert.Equal("Retried", result.Data.Name);
        Assert.Equal(3, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_503OnGetEveryTime_StopsAfterMaxAttempts()
    {
        for (var i = 0; i < 5; i++)
        {
            _stub.Enqueue(() => StubResponses.ApiError(HttpStatusCode.ServiceUnavailable, "Service unavailable"));
        }

        var exception = await Assert.ThrowsAsync<SpotifyApiException>(GetAlbumAsync);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal("Service unavailable", exception.SpotifyMessage);
        Assert.Equal(3, _stub.RequestCount);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task SendAsync_TransientStatusOnGet_Retried(HttpStatusCode status)
    {
        _stub.Enqueue(status).EnqueueJson(AlbumJson);

        var result = await GetAlbumAsync();

        Assert.Equal("Retried", result.Data.Name);
        Assert.Equal(2, _stub.RequestCount);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public async Task SendAsync_NonTransientStatus_NotRetried(HttpStatusCode status)
    {
        _stub.Enqueue(status).EnqueueJson(AlbumJson);

        var exception = await Assert.ThrowsAnyAsync<SpotifyApiException>(GetAlbumAsync);

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(1, _stub.RequestCount);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task SendAsync_TransientStatusOnNonIdempotentPost_NotRetried(HttpStatusCode status)
    {
        _stub.Enqueue(status).Enqueue(HttpStatusCode.NoContent);

        var exception = await Assert.ThrowsAsync<SpotifyApiException>(() => _connection.SendAsync(new NonIdempotentTestRequest(), CancellationToken.None));

        Assert.Equal(status, exception.StatusCode);
        var sent = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task SendAsync_429WithRetryAfterWithinCap_Retried(int retryAfterSeconds)
    {
        _stub.Enqueue(() => StubResponses.TooManyRequests(retryAfterSeconds)).EnqueueJson(AlbumJson);

        var result = await GetAlbumAsync();

        Assert.Equal("Retried", result.Data.Name);
        Assert.Equal(2, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_429OnNonIdempotentPost_Retried()
    {
        // Spotify applied nothing when it answered 429, so even a POST may be repeated.
        _stub.Enqueue(() => StubResponses.TooManyRequests(0)).Enqueue(HttpStatusCode.NoContent);

        var result = await _connection.SendAsync(new NonIdempotentTestRequest(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.NoContent, result.Response.StatusCode);
        Assert.Equal(2, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_429WithoutRetryAfter_RetriedWithBackoff()
    {
        _stub.Enqueue(() => StubResponses.TooManyRequests(null)).EnqueueJson(AlbumJson);

        var result = await GetAlbumAsync();

        Assert.Equal("Retried", result.Data.Name);
        Assert.Equal(2, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterAboveCap_NotRetriedAndCarriesRetryAfter()
    {
        _stub.Enqueue(() => StubResponses.TooManyRequests(3600)).EnqueueJson(AlbumJson);

        var exception = await Assert.ThrowsAsync<SpotifyRateLimitException>(GetAlbumAsync);

        Assert.Equal(TimeSpan.FromSeconds(3600), exception.RetryAfter);
        Assert.Equal("get-an-album", exception.OperationId);
        Assert.Equal(1, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_AfterRetryAfterAboveCap_NextCallFailsFastWithoutSending()
    {
        _stub.Enqueue(() => StubResponses.TooManyRequests(3600)).EnqueueJson(AlbumJson);
        await Assert.ThrowsAsync<SpotifyRateLimitException>(GetAlbumAsync);

        var exception = await Assert.ThrowsAsync<SpotifyRateLimitException>(GetAlbumAsync);

        Assert.NotNull(exception.RetryAfter);
        Assert.InRange(exception.RetryAfter.Value, TimeSpan.FromSeconds(3000), TimeSpan.FromSeconds(3600));
        Assert.Equal(1, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_429QuotaExceeded_NotRetried()
    {
        _stub.Enqueue(() => StubResponses.TooManyRequests(0, reason: "QUOTA_EXCEEDED")).EnqueueJson(AlbumJson);

        var exception = await Assert.ThrowsAsync<SpotifyRateLimitException>(GetAlbumAsync);

        Assert.True(exception.IsQuotaExceeded);
        Assert.Equal("QUOTA_EXCEEDED", exception.Reason);
        Assert.Equal("API rate limit exceeded", exception.SpotifyMessage);
        Assert.Equal(1, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_429EveryTime_StopsAfterMaxAttemptsWithRateLimitException()
    {
        for (var i = 0; i < 5; i++)
        {
            _stub.Enqueue(() => StubResponses.TooManyRequests(0));
        }

        var exception = await Assert.ThrowsAsync<SpotifyRateLimitException>(GetAlbumAsync);

        Assert.Equal(TimeSpan.Zero, exception.RetryAfter);
        Assert.Equal(3, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_TransportErrorOnGet_Retried()
    {
        _stub.EnqueueException(() => new HttpRequestException("Connection reset")).EnqueueJson(AlbumJson);

        var result = await GetAlbumAsync();

        Assert.Equal("Retried", result.Data.Name);
        Assert.Equal(2, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_TransportErrorOnNonIdempotentPost_NotRetried()
    {
        _stub.EnqueueException(() => new HttpRequestException("Connection reset")).Enqueue(HttpStatusCode.NoContent);

        await Assert.ThrowsAsync<SpotifyConnectionException>(() => _connection.SendAsync(new NonIdempotentTestRequest(), CancellationToken.None));

        Assert.Equal(1, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_MissingScope_NotRetriedAndNothingSent()
    {
        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(
            () => _connection.SendAsync(new SaveAlbumsForUserRequest([AlbumId]), CancellationToken.None));

        Assert.Equal([SpotifyScopes.UserLibraryModify], exception.MissingScopes);
        Assert.Equal(0, _stub.RequestCount);
        Assert.Equal(1, _tokens.GetCount);
    }

    [Fact]
    public async Task SendAsync_MaxAttemptsOne_NoRetry()
    {
        var options = TestOptions.Create(SpotifyAuthFlow.ClientCredentials);
        options.Client.MaxAttempts = 1;
        using var stub = new StubHttpMessageHandler().Enqueue(HttpStatusCode.ServiceUnavailable).EnqueueJson(AlbumJson);
        var handlers = SpotifyHandlerChain.Create(options, _tokens, new SpotifyRateLimitGate { ClientId = "c" }, TimeProvider.System, NullLoggerFactory.Instance);
        using var client = new HttpClient(SpotifyHandlerChain.Link(handlers, stub), disposeHandler: false);
        var connection = new SpotifyApiConnection(() => client, TestOptions.ApiBaseAddress, TimeProvider.System);

        var exception = await Assert.ThrowsAsync<SpotifyApiException>(
            () => connection.SendAsync(new GetAlbumRequest(AlbumId), SpotifyJsonContext.Default.Album, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(1, stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_AttemptTimesOutOnGet_RetriedThenSucceeds()
    {
        var options = TestOptions.Create(SpotifyAuthFlow.ClientCredentials);
        options.Client.AttemptTimeout = TimeSpan.FromMilliseconds(200);
        var calls = 0;
        using var stub = new StubHttpMessageHandler(async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                // Hangs until the attempt timeout cancels it.
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            return StubResponses.Json(AlbumJson);
        });
        var handlers = SpotifyHandlerChain.Create(options, _tokens, new SpotifyRateLimitGate { ClientId = "c" }, TimeProvider.System, NullLoggerFactory.Instance);
        using var client = new HttpClient(SpotifyHandlerChain.Link(handlers, stub), disposeHandler: false);
        var connection = new SpotifyApiConnection(() => client, TestOptions.ApiBaseAddress, TimeProvider.System);

        var result = await connection.SendAsync(new GetAlbumRequest(AlbumId), SpotifyJsonContext.Default.Album, CancellationToken.None);

        Assert.Equal("Retried", result.Data.Name);
        Assert.Equal(2, stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_AttemptTimesOutOnNonIdempotentPost_SpotifyTimeoutWithoutRetry()
    {
        var options = TestOptions.Create(SpotifyAuthFlow.ClientCredentials);
        options.Client.AttemptTimeout = TimeSpan.FromMilliseconds(200);
        using var stub = new StubHttpMessageHandler(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });
        var handlers = SpotifyHandlerChain.Create(options, _tokens, new SpotifyRateLimitGate { ClientId = "c" }, TimeProvider.System, NullLoggerFactory.Instance);
        using var client = new HttpClient(SpotifyHandlerChain.Link(handlers, stub), disposeHandler: false);
        var connection = new SpotifyApiConnection(() => client, TestOptions.ApiBaseAddress, TimeProvider.System);

        var exception = await Assert.ThrowsAsync<SpotifyTimeoutException>(() => connection.SendAsync(new NonIdempotentTestRequest(), CancellationToken.None));

        Assert.Contains("test-skip-to-next", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, stub.RequestCount);
    }

    private Task<SpotifyResult<GetAlbumRequest, Spotantic.Models.Album>> GetAlbumAsync() =>
        _connection.SendAsync(new GetAlbumRequest(AlbumId), SpotifyJsonContext.Default.Album, CancellationToken.None);
}
