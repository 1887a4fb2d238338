using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Exceptions;
using Spotantic.Http;

namespace Spotantic.Core.Tests.Http;

public sealed class SpotifyErrorMapperTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Map_401_Unauthorized()
    {
        var exception = Map(HttpStatusCode.Unauthorized, """{"error":{"status":401,"message":"The access token expired"}}""");

        var unauthorized = Assert.IsType<SpotifyUnauthorizedException>(exception);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal("The access token expired", unauthorized.SpotifyMessage);
        Assert.Equal("get-an-album", unauthorized.OperationId);
        Assert.Contains("The access token expired", unauthorized.Message, StringComparison.Ordinal);
        Assert.Contains("get-an-album", unauthorized.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_404_NotFound()
    {
        var exception = Map(HttpStatusCode.NotFound, """{"error":{"status":404,"message":"Resource not found"}}""");

        var notFound = Assert.IsType<SpotifyNotFoundException>(exception);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("Resource not found", notFound.SpotifyMessage);
    }

    [Fact]
    public void Map_429WithDeltaRetryAfter_RateLimitWithRetryAfter()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, """{"error":{"status":429,"message":"API rate limit exceeded"}}""");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3600));

        var exception = SpotifyErrorMapper.Map(response, Body(response), "get-an-album", _time);

        var limited = Assert.IsType<SpotifyRateLimitException>(exception);
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), limited.RetryAfter);
        Assert.Equal("API rate limit exceeded", limited.SpotifyMessage);
        Assert.False(limited.IsQuotaExceeded);
        Assert.Contains("3600", limited.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_429WithHttpDateRetryAfter_RateLimitWithRemainingTime()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, """{"error":{"status":429,"message":"API rate limit exceeded"}}""");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(120));

        var exception = SpotifyErrorMapper.Map(response, Body(response), "get-an-album", _time);

        Assert.Equal(TimeSpan.FromSeconds(120), Assert.IsType<SpotifyRateLimitException>(exception).RetryAfter);
    }

    [Fact]
    public void Map_429WithPastHttpDate_RetryAfterZero()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, null);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(_time.GetUtcNow().AddMinutes(-5));

        var exception = SpotifyErrorMapper.Map(response, [], "get-an-album", _time);

        Assert.Equal(TimeSpan.Zero, Assert.IsType<SpotifyRateLimitException>(exception).RetryAfter);
    }

    [Fact]
    public void Map_429WithoutRetryAfter_RetryAfterNull()
    {
        var exception = Map(HttpStatusCode.TooManyRequests, """{"error":{"status":429,"message":"API rate limit exceeded"}}""");

        var limited = Assert.IsType<SpotifyRateLimitException>(exception);
        Assert.Null(limited.RetryAfter);
        Assert.Contains("no Retry-After", limited.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_429QuotaExceeded_ReasonKept()
    {
        var exception = Map(HttpStatusCode.TooManyRequests, """{"error":{"status":429,"message":"Too many requests","reason":"QUOTA_EXCEEDED"}}""");

        var limited = Assert.IsType<SpotifyRateLimitException>(exception);
        Assert.Equal("QUOTA_EXCEEDED", limited.Reason);
        Assert.True(limited.IsQuotaExceeded);
        Assert.Contains("QUOTA_EXCEEDED", limited.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    public void Map_OtherStatus_BaseApiExceptionWithStatus(HttpStatusCode status)
    {
        var exception = Map(status, $$$"""{"error":{"status":{{{(int)status}}},"message":"Something failed","reason":"PREMIUM_REQUIRED"}}""");

        Assert.Equal(typeof(SpotifyApiException), exception.GetType());
        Assert.Equal(status, exception.StatusCode);
        Assert.Equal("Something failed", exception.SpotifyMessage);
        Assert.Equal("PREMIUM_REQUIRED", exception.Reason);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_PlainText403_MessageFromText()
    {
        var exception = Map(HttpStatusCode.Forbidden, "User not registered in the Developer Dashboard", "text/plain");

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.Equal("User not registered in the Developer Dashboard", exception.SpotifyMessage);
    }

    [Fact]
    public void Map_EmptyBody_NoMessageButStatus()
    {
        var exception = Map(HttpStatusCode.InternalServerError, null);

        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
        Assert.Null(exception.SpotifyMessage);
        Assert.Contains("no message", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_GarbageBytes_DoesNotThrow()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        var exception = SpotifyErrorMapper.Map(response, new byte[] { 0xFF, 0x00, 0xC3, 0x28, 0x7B }, null, _time);

        Assert.Equal(HttpStatusCode.BadGateway, exception.StatusCode);
        Assert.Null(exception.OperationId);
        Assert.Contains("The Spotify Web API", exception.Message, StringComparison.Ordinal);
    }

    private SpotifyApiException Map(HttpStatusCode status, string? body, string mediaType = "application/json")
    {
        using var response = Response(status, body, mediaType);
        return SpotifyErrorMapper.Map(response, Body(response), "get-an-album", _time);
    }

    private static HttpResponseMessage Response(HttpStatusCode status, string? body, string mediaType = "application/json")
    {
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        return response;
    }

    private static byte[] Body(HttpResponseMessage response) => response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
}
