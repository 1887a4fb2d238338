namespace Spotantic.Exceptions;

/// <summary>
/// An OAuth step failed: the user's authorization, the redirect callback, or a request to Spotify's token endpoint.
/// </summary>
public class SpotifyAuthorizationException : SpotanticException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyAuthorizationException()
        : base("Spotify authorization failed.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    public SpotifyAuthorizationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyAuthorizationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
