using System.Net;

namespace Spotantic.Exceptions;

/// <summary>Spotify answered 404: the resource does not exist (or is not available in the market).</summary>
public sealed class SpotifyNotFoundException : SpotifyApiException
{
    /// <summary>Initializes a new instance from a 404 response.</summary>
    /// <param name="spotifyMessage">Spotify's error message.</param>
    /// <param name="operationId">The operation that failed.</param>
    public SpotifyNotFoundException(string? spotifyMessage, string? operationId)
        : base(HttpStatusCode.NotFound, spotifyMessage, null, operationId,
            BuildMessage(HttpStatusCode.NotFound, spotifyMessage, null, operationId, "Check the ID and the market."))
    {
    }

    /// <summary>Initializes a new instance from a 404 response that carries Spotify's <c>reason</c>.</summary>
    /// <param name="spotifyMessage">Spotify's error message.</param>
    /// <param name="reason">Spotify's <c>error.reason</c>, e.g. <c>NO_ACTIVE_DEVICE</c> for a player command with no active device.</param>
    /// <param name="operationId">The operation that failed.</param>
    public SpotifyNotFoundException(string? spotifyMessage, string? reason, string? operationId)
        : base(HttpStatusCode.NotFound, spotifyMessage, reason, operationId,
            BuildMessage(HttpStatusCode.NotFound, spotifyMessage, reason, operationId, reason == "NO_ACTIVE_DEVICE" ? "Start playback on a device or pass a device ID." : "Check the ID and the market."))
    {
    }

    /// <summary>A 404 that matches Spotify's refusal of an operation to development-mode apps.</summary>
    /// <param name="spotifyMessage">Spotify's error message.</param>
    /// <param name="restriction">The restriction that explains it.</param>
    internal SpotifyNotFoundException(string? spotifyMessage, SpotifyDevelopmentModeRestriction restriction)
        : base(HttpStatusCode.NotFound, spotifyMessage, null, restriction.OperationId,
            BuildMessage(HttpStatusCode.NotFound, spotifyMessage, null, restriction.OperationId, RestrictionHint(HttpStatusCode.NotFound, restriction)))
    {
        DevelopmentModeRestriction = restriction;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyNotFoundException()
        : this((string?)null, (string?)null)
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpotifyNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
