using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Spotantic.Core.Tests.TestSupport;

/// <summary>Builds the responses the stubs answer with.</summary>
public static class StubResponses
{
    public static HttpResponseMessage Create(HttpStatusCode status, string? body = null, string mediaType = "application/json")
    {
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        return response;
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) => Create(status, json);

    public static HttpResponseMessage Bytes(byte[] body, HttpStatusCode status = HttpStatusCode.OK, string? mediaType = "application/json")
    {
        var content = new ByteArrayContent(body);
        if (mediaType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        return new HttpResponseMessage(status) { Content = content };
    }

    /// <summary>A Web API error in Spotify's regular error object.</summary>
    public static HttpResponseMessage ApiError(HttpStatusCode status, string message, string? reason = null)
    {
        var reasonPart = reason is null ? string.Empty : $",\"reason\":\"{reason}\"";
        return Create(status, $"{{\"error\":{{\"status\":{(int)status},\"message\":\"{message}\"{reasonPart}}}}}");
    }

    /// <summary>A 429, with <c>Retry-After</c> in seconds when given.</summary>
    public static HttpResponseMessage TooManyRequests(int? retryAfterSeconds, string? reason = null)
    {
        var response = ApiError(HttpStatusCode.TooManyRequests, "API rate limit exceeded", reason);
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        return response;
    }

    /// <summary>A token endpoint success, as Spotify's accounts service writes it.</summary>
    public static HttpResponseMessage Token(string accessToken, string? refreshToken = null, string? scope = null, int expiresIn = 3600)
    {
        var parts = new List<string>
        {
            $"\"access_token\":\"{accessToken}\"",
            "\"token_type\":\"Bearer\"",
            $"\"expires_in\":{expiresIn}",
        };
        if (refreshToken is not null)
        {
            parts.Add($"\"refresh_token\":\"{refreshToken}\"");
        }

        if (scope is not null)
        {
            parts.Add($"\"scope\":\"{scope}\"");
        }

        return Json("{" + string.Join(',', parts) + "}");
    }

    /// <summary>A token endpoint failure in the RFC 6749 error shape.</summary>
    public static HttpResponseMessage OAuthError(string error, string description, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        Create(status, $"{{\"error\":\"{error}\",\"error_description\":\"{description}\"}}");
}
