using System.Net;

namespace Spotantic.Exceptions;

/// <summary>
/// Spotify's token endpoint refused a request (an RFC 6749 error such as <c>invalid_client</c> or
/// <c>invalid_grant</c>), or answered with something that is not a token.
/// </summary>
public class SpotifyTokenRequestException : SpotifyAuthorizationException
{
    /// <summary>Initializes a new instance from the token endpoint's answer.</summary>
    /// <param name="statusCode">The HTTP status code of the token response.</param>
    /// <param name="error">Spotify's <c>error</c> code, if any.</param>
    /// <param name="errorDescription">Spotify's <c>error_description</c>, if any.</param>
    public SpotifyTokenRequestException(HttpStatusCode statusCode, string? error, string? errorDescription)
        : this(statusCode, error, errorDescription, BuildMessage(statusCode, error, errorDescription), null)
    {
    }

    /// <summary>Initializes a new instance with every detail and a custom message.</summary>
    /// <param name="statusCode">The HTTP status code of the token response.</param>
    /// <param name="error">Spotify's <c>error</c> code, if any.</param>
    /// <param name="errorDescription">Spotify's <c>error_description</c>, if any.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyTokenRequestException(HttpStatusCode statusCode, string? error, string? errorDescription, string message, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Error = error;
        ErrorDescription = errorDescription;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyTokenRequestException()
        : base("Spotify's token endpoint refused the request.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpotifyTokenRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyTokenRequestException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status code of the token response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Spotify's RFC 6749 <c>error</c> code, e.g. <c>invalid_grant</c>; <see langword="null"/> when the body had none.</summary>
    public string? Error { get; }

    /// <summary>Spotify's <c>error_description</c>, e.g. <c>Refresh token revoked</c>.</summary>
    public string? ErrorDescription { get; }

    private static string BuildMessage(HttpStatusCode statusCode, string? error, string? errorDescription)
    {
        var hint = error switch
        {
            "invalid_client" => " Check Spotantic:Auth:ClientId and Spotantic:Auth:ClientSecret against the Spotify Developer Dashboard.",
            "invalid_grant" => " The code or refresh token is no longer valid: authorize again.",
            "invalid_request" => " The token request was malformed: check the configured flow and redirect URI.",
            _ => string.Empty,
        };
        return $"Spotify's token endpoint answered {(int)statusCode} ({error ?? "no error code"}: {errorDescription ?? "no description"}).{hint}";
    }
}
