namespace Spotantic.Exceptions;

/// <summary>
/// A stored token could not be read or written, e.g. a token cache file that is not valid JSON. The message
/// names the file; delete it and authorize again to recover.
/// </summary>
public sealed class SpotifyTokenStoreException : SpotanticException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyTokenStoreException()
        : base("The stored Spotify token could not be read.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong, naming the store location.</param>
    public SpotifyTokenStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong, naming the store location.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyTokenStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
