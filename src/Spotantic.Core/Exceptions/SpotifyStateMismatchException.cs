namespace Spotantic.Exceptions;

/// <summary>
/// The <c>state</c> returned to the redirect URI did not match the one sent with the authorization request,
/// so the callback may be forged (a CSRF attempt) and its code was not used.
/// </summary>
public sealed class SpotifyStateMismatchException : SpotifyAuthorizationException
{
    /// <summary>Initializes a new instance with a message that says what to do.</summary>
    public SpotifyStateMismatchException()
        : base("The authorization callback carried a 'state' that does not match the authorization request; the code was not used. Start the authorization again.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpotifyStateMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyStateMismatchException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
