using System.Net;

namespace Spotantic.Exceptions;

/// <summary>
/// Spotify answered 429 and Spotantic did not wait it out: the <c>Retry-After</c> was above
/// <c>Spotantic:Client:MaxRetryAfter</c>, the attempts ran out, the app's quota is exhausted
/// (<c>QUOTA_EXCEEDED</c>), or an earlier 429 still blocks this client ID.
/// </summary>
public sealed class SpotifyRateLimitException : SpotifyApiException
{
    /// <summary>Initializes a new instance from a 429 response.</summary>
    /// <param name="retryAfter">The <c>Retry-After</c> Spotify asked for, or <see langword="null"/> when it sent none.</param>
    /// <param name="spotifyMessage">Spotify's error message.</param>
    /// <param name="reason">Spotify's reason, e.g. <c>QUOTA_EXCEEDED</c>.</param>
    /// <param name="operationId">The operation that failed.</param>
    public SpotifyRateLimitException(TimeSpan? retryAfter, string? spotifyMessage, string? reason, string? operationId)
        : base((HttpStatusCode)429, spotifyMessage, reason, operationId,
            BuildMessage((HttpStatusCode)429, spotifyMessage, reason, operationId, Hint(retryAfter, reason)))
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyRateLimitException()
        : this(null, null, null, null)
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpotifyRateLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyRateLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>How long Spotify asked the app to wait before calling again, when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether this is the development-mode quota (<c>reason: QUOTA_EXCEEDED</c>) rather than the rolling window.</summary>
    public bool IsQuotaExceeded => string.Equals(Reason, "QUOTA_EXCEEDED", StringComparison.Ordinal);

    private static string Hint(TimeSpan? retryAfter, string? reason)
    {
        if (string.Equals(reason, "QUOTA_EXCEEDED", StringComparison.Ordinal))
        {
            return "The app's quota is exhausted; retrying will not help until it resets.";
        }

        return retryAfter is { } wait
            ? $"Spotify asked to wait {wait.TotalSeconds:0} s before calling again."
            : "Spotify sent no Retry-After; wait before calling again.";
    }
}
