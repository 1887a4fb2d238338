using System.Net;

namespace Spotantic.Exceptions;

/// <summary>
/// Spotify answered 401 even after the token was refreshed once: the token is invalid or revoked.
/// </summary>
public sealed class SpotifyUnauthorizedException : SpotifyApiException
{
    /// <summary>Initializes a new instance from a 401 response.</summary>
    /// <param name="spotifyMessage">Spotify's error message.</param>
    /// <param name="operationId">The operation that failed.</param>
    public SpotifyUnauthorizedException(string? spotifyMessage, string? operationId)
        : base(HttpStatusCode.Unauthorized, spotifyMessage, null, operationId,
            BuildMessage(HttpStatusCode.Unauthorized, spotifyMessage, null, operationId, "The access token was refused after a refresh; authorize the app again."))
    {
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyUnauthorizedException()
        : this((string?)null, (string?)null)
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpotifyUnauthorizedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyUnauthorizedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
