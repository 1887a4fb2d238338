using System.Net;
using Spotantic.Exceptions;

namespace Spotantic.Http;

/// <summary>Turns a Web API error response into the matching typed exception.</summary>
internal static class SpotifyErrorMapper
{
    /// <summary>Maps a non-success response.</summary>
    /// <param name="response">The response (headers are read for <c>Retry-After</c>).</param>
    /// <param name="body">The body bytes.</param>
    /// <param name="operationId">The operation, when known.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The exception to throw.</returns>
    public static SpotifyApiException Map(HttpResponseMessage response, ReadOnlySpan<byte> body, string? operationId, TimeProvider timeProvider)
    {
        var error = SpotifyErrorBody.Parse(body);

        // Spotify decides what a development-mode app may call; when its answer is the refusal it gives those apps for
        // this operation, the exception says so, and what to do.
        if (operationId is not null && SpotifyDevelopmentMode.Refusals.TryGetValue(operationId, out var refusal) && (int)response.StatusCode == refusal.Status)
        {
            var restriction = new SpotifyDevelopmentModeRestriction(operationId, refusal.Since, refusal.Advice);
            return response.StatusCode == HttpStatusCode.NotFound
                ? new SpotifyNotFoundException(error.Message, restriction)
                : SpotifyApiException.Restricted(response.StatusCode, error.Message, error.Reason, restriction);
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new SpotifyUnauthorizedException(error.Message, operationId),
            HttpStatusCode.NotFound => new SpotifyNotFoundException(error.Message, error.Reason, operationId),
            HttpStatusCode.TooManyRequests => new SpotifyRateLimitException(RetryAfter.Read(response, timeProvider), error.Message, error.Reason, operationId),
            _ => new SpotifyApiException(response.StatusCode, error.Message, error.Reason, operationId),
        };
    }
}
