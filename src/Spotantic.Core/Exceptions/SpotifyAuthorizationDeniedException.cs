namespace Spotantic.Exceptions;

/// <summary>
/// Spotify redirected back with an <c>error</c> instead of a code: usually the user declined
/// (<c>access_denied</c>).
/// </summary>
public sealed class SpotifyAuthorizationDeniedException : SpotifyAuthorizationException
{
    /// <summary>Initializes a new instance for the given OAuth error code.</summary>
    /// <param name="error">The <c>error</c> query parameter Spotify sent, e.g. <c>access_denied</c>.</param>
    public SpotifyAuthorizationDeniedException(string error)
        : base($"Spotify authorization was not granted (error '{error}'). Ask the user to authorize the app again and accept the requested scopes.")
    {
        Error = error;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyAuthorizationDeniedException()
        : this("access_denied")
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyAuthorizationDeniedException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Error = "access_denied";
    }

    /// <summary>The OAuth error code Spotify returned, e.g. <c>access_denied</c>.</summary>
    public string Error { get; }
}
