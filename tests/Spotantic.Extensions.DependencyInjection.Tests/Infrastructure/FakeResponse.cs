using System.Globalization;
using System.Text.Json.Nodes;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>A canned response the fake server serves instead of handling the request (fault injection).</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">The body, or <see langword="null"/> for none.</param>
public sealed record FakeResponse(int StatusCode, string? Body = null)
{
    /// <summary>Extra response headers, e.g. <c>Retry-After</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The body's content type.</summary>
    public string ContentType { get; init; } = "application/json; charset=utf-8";

    /// <summary>A Web API error with Spotify's regular error object.</summary>
    /// <param name="status">The status, repeated in the body.</param>
    /// <param name="message">The message.</param>
    /// <param name="reason">An optional <c>reason</c>, e.g. <c>QUOTA_EXCEEDED</c>.</param>
    /// <returns>The response.</returns>
    public static FakeResponse ApiError(int status, string message, string? reason = null) =>
        new(status, ErrorBody(status, message, reason));

    /// <summary>A 429 asking to wait <paramref name="retryAfterSeconds"/> seconds.</summary>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> value.</param>
    /// <returns>The response.</returns>
    public static FakeResponse TooManyRequests(int retryAfterSeconds) =>
        ApiError(429, "API rate limit exceeded") with
        {
            Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) },
        };

    /// <summary>A 503, as Spotify's front end sends during an outage.</summary>
    /// <returns>The response.</returns>
    public static FakeResponse ServiceUnavailable() => ApiError(503, "Service unavailable");

    /// <summary>A 401 for a token Spotify no longer accepts.</summary>
    /// <returns>The response.</returns>
    public static FakeResponse Unauthorized() => ApiError(401, "The access token expired");

    /// <summary>Builds <c>{"error":{"status":..,"message":..}}</c>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="message">The message.</param>
    /// <param name="reason">The optional reason.</param>
    /// <returns>The JSON text.</returns>
    public static string ErrorBody(int status, string message, string? reason = null)
    {
        var error = new JsonObject { ["status"] = status, ["message"] = message };
        if (reason is not null)
        {
            error["reason"] = reason;
        }

        return new JsonObject { ["error"] = error }.ToJsonString();
    }
}
