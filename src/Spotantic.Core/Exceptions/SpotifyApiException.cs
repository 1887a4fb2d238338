using System.Net;

namespace Spotantic.Exceptions;

/// <summary>
/// The Web API answered with an error status. Carries the status, Spotify's message and its optional
/// <c>reason</c> (e.g. <c>QUOTA_EXCEEDED</c>).
/// </summary>
/// <remarks>
/// Subtypes exist where a caller reacts differently: <see cref="SpotifyUnauthorizedException"/> (401),
/// <see cref="SpotifyNotFoundException"/> (404) and <see cref="SpotifyRateLimitException"/> (429).
/// </remarks>
public class SpotifyApiException : SpotanticException
{
    /// <summary>Initializes a new instance from an error response.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="spotifyMessage">Spotify's <c>error.message</c>, or the plain-text body.</param>
    /// <param name="reason">Spotify's <c>error.reason</c>, if any.</param>
    /// <param name="operationId">The operation that failed, if known.</param>
    public SpotifyApiException(HttpStatusCode statusCode, string? spotifyMessage, string? reason, string? operationId)
        : this(statusCode, spotifyMessage, reason, operationId, BuildMessage(statusCode, spotifyMessage, reason, operationId, hint: null))
    {
    }

    /// <summary>Initializes a new instance with a custom message.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="spotifyMessage">Spotify's <c>error.message</c>, or the plain-text body.</param>
    /// <param name="reason">Spotify's <c>error.reason</c>, if any.</param>
    /// <param name="operationId">The operation that failed, if known.</param>
    /// <param name="message">The exception message.</param>
    protected SpotifyApiException(HttpStatusCode statusCode, string? spotifyMessage, string? reason, string? operationId, string message)
        : base(message)
    {
        StatusCode = statusCode;
        SpotifyMessage = spotifyMessage;
        Reason = reason;
        OperationId = operationId;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyApiException()
        : base("The Spotify Web API returned an error.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpotifyApiException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status code Spotify returned.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Spotify's error message (<c>error.message</c>), or the text of a plain-text error body.</summary>
    public string? SpotifyMessage { get; }

    /// <summary>Spotify's optional <c>error.reason</c>, e.g. <c>QUOTA_EXCEEDED</c> or <c>PREMIUM_REQUIRED</c>.</summary>
    public string? Reason { get; }

    /// <summary>The Spotify operation that failed (its OpenAPI operation id), when known.</summary>
    public string? OperationId { get; }

    /// <summary>
    /// Set when Spotify answered what it answers apps in development mode for this operation, which it no longer
    /// serves them (e.g. recommendations since November 2024, several-by-ID reads since March 2026): the message then
    /// says so and what to do. <see langword="null"/> otherwise.
    /// </summary>
    public SpotifyDevelopmentModeRestriction? DevelopmentModeRestriction { get; private protected init; }

    /// <summary>An API error that matches Spotify's refusal of an operation to development-mode apps.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="spotifyMessage">Spotify's message.</param>
    /// <param name="reason">Spotify's reason.</param>
    /// <param name="restriction">The restriction that explains it.</param>
    /// <returns>The exception.</returns>
    internal static SpotifyApiException Restricted(HttpStatusCode statusCode, string? spotifyMessage, string? reason, SpotifyDevelopmentModeRestriction restriction) =>
        new(statusCode, spotifyMessage, reason, restriction.OperationId, BuildMessage(statusCode, spotifyMessage, reason, restriction.OperationId, RestrictionHint(statusCode, restriction)))
        {
            DevelopmentModeRestriction = restriction,
        };

    /// <summary>What the message says about a development-mode refusal.</summary>
    /// <param name="statusCode">The status Spotify answered.</param>
    /// <param name="restriction">The restriction.</param>
    /// <returns>The hint.</returns>
    internal static string RestrictionHint(HttpStatusCode statusCode, SpotifyDevelopmentModeRestriction restriction) =>
        $"Since {restriction.Since.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} Spotify does not serve this operation to apps in development mode (without extended quota), and answers {(int)statusCode}"
        + (statusCode == HttpStatusCode.NotFound ? ", so if the IDs are right this is why" : string.Empty)
        + $". {restriction.Advice} Extended quota is requested in the Spotify Developer Dashboard.";

    /// <summary>Builds the standard message for an API error.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="spotifyMessage">Spotify's message.</param>
    /// <param name="reason">Spotify's reason.</param>
    /// <param name="operationId">The operation.</param>
    /// <param name="hint">What the caller can do, appended when given.</param>
    /// <returns>The message.</returns>
    protected static string BuildMessage(HttpStatusCode statusCode, string? spotifyMessage, string? reason, string? operationId, string? hint)
    {
        var operation = operationId is null ? "The Spotify Web API" : $"Spotify operation '{operationId}'";
        var detail = string.IsNullOrWhiteSpace(spotifyMessage) ? "no message" : spotifyMessage;
        var reasonPart = reason is null ? string.Empty : $" (reason {reason})";
        var hintPart = hint is null ? string.Empty : " " + hint;
        return $"{operation} answered {(int)statusCode} {statusCode}: {detail}{reasonPart}.{hintPart}";
    }
}
