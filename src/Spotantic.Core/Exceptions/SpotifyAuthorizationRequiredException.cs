namespace Spotantic.Exceptions;

/// <summary>
/// No usable user token exists: the app was never authorized, the token expired and lazy refresh is off, or
/// Spotify refused the refresh token (<c>invalid_grant</c>: revoked, or past its six-month lifetime).
/// The user has to authorize the app again.
/// </summary>
public sealed class SpotifyAuthorizationRequiredException : SpotifyAuthorizationException
{
    /// <summary>Initializes a new instance with a message that says what to do.</summary>
    public SpotifyAuthorizationRequiredException()
        : base("No usable Spotify user token is available. Authorize the app (ISpotifyAuthorizationService.AuthorizeAsync, or exchange a code) and try again.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public SpotifyAuthorizationRequiredException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The exception that caused this one, e.g. a <see cref="SpotifyTokenRequestException"/> with <c>invalid_grant</c>.</param>
    public SpotifyAuthorizationRequiredException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance for the given token key.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="tokenKey">The token key that has no usable token.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public SpotifyAuthorizationRequiredException(string message, string? tokenKey, Exception? innerException)
        : base(message, innerException)
    {
        TokenKey = tokenKey;
    }

    /// <summary>
    /// The token key (whose token is missing or dead), e.g. to send that user to sign in again; <see langword="null"/>
    /// when not known. The message names it only in its hashed form (<see cref="Auth.SpotifyTokenKeys.Hash"/>).
    /// </summary>
    public string? TokenKey { get; }

    /// <summary>
    /// The name of the Spotantic app (<c>AddSpotantic(name, ...)</c>) whose token is missing, or <see langword="null"/>
    /// for the unnamed app; so that a web app with several Spotify apps signs the user in to the right one.
    /// </summary>
    public string? AppName { get; init; }
}
