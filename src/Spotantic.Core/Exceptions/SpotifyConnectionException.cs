namespace Spotantic.Exceptions;

/// <summary>
/// The connection to Spotify failed (refused, reset, or closed before an answer) on the last attempt. For an operation
/// that is not safe to repeat (e.g. skip to next, add items to a playlist), Spotantic does not retry, and Spotify may or
/// may not have applied it: check the state before sending it again.
/// </summary>
public sealed class SpotifyConnectionException : SpotanticException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyConnectionException()
        : base("The connection to Spotify failed.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpotifyConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The transport error.</param>
    public SpotifyConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
