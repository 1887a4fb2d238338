namespace Spotantic.Exceptions;

/// <summary>
/// A call ran past <c>Spotantic:Client:AttemptTimeout</c> on its last attempt, or past
/// <c>Spotantic:Client:TotalTimeout</c> across all attempts.
/// </summary>
public sealed class SpotifyTimeoutException : SpotanticException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyTimeoutException()
        : base("The Spotify call timed out.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpotifyTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The timeout that fired.</param>
    public SpotifyTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
