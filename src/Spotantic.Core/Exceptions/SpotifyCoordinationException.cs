namespace Spotantic.Exceptions;

/// <summary>
/// A token could not be refreshed because the instances sharing it could not agree who refreshes (e.g. Redis is
/// unreachable). Spotantic does not refresh alone then: another instance might send the same refresh token, which
/// Spotify may already have replaced, and the user would be signed out. Calls succeed again once the coordinator is
/// reachable; calls whose token is still valid are not affected.
/// </summary>
public sealed class SpotifyCoordinationException : SpotanticException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyCoordinationException()
        : base("The instances sharing the Spotify token could not coordinate its refresh.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public SpotifyCoordinationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyCoordinationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
