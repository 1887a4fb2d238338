namespace Spotantic.Exceptions;

/// <summary>
/// The base type of every exception Spotantic throws for a Spotify-specific failure.
/// </summary>
/// <remarks>
/// Invalid arguments are reported with <see cref="ArgumentException"/> before anything is sent, and
/// cancellation with <see cref="OperationCanceledException"/>; everything else that goes wrong while talking
/// to Spotify derives from this type, so one <c>catch (SpotanticException)</c> covers it.
/// Messages never contain client secrets, tokens, authorization codes or PKCE verifiers.
/// </remarks>
public class SpotanticException : Exception
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotanticException()
        : base("A Spotify operation failed.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong and, where possible, what to do about it.</param>
    public SpotanticException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and the exception that caused it.</summary>
    /// <param name="message">What went wrong and, where possible, what to do about it.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotanticException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
