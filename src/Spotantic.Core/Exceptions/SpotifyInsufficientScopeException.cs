namespace Spotantic.Exceptions;

/// <summary>
/// The access token lacks scopes the operation needs. Thrown before the request is sent (so Spotify never sees
/// it) when <c>Spotantic:Client:CheckInsufficientScope</c> is on.
/// </summary>
public sealed class SpotifyInsufficientScopeException : SpotanticException
{
    /// <summary>Initializes a new instance for an operation and the scopes it lacks.</summary>
    /// <param name="operationId">The Spotify operation, e.g. <c>get-users-saved-albums</c>.</param>
    /// <param name="missingScopes">The scopes the token would need (for an any-of rule, the alternatives).</param>
    /// <param name="requirement">A readable statement of the rule, e.g. <c>all of: user-library-read</c>.</param>
    public SpotifyInsufficientScopeException(string operationId, IReadOnlyList<string> missingScopes, string requirement)
        : base($"The access token lacks scopes required by '{operationId}' ({requirement}); missing: {string.Join(' ', missingScopes)}. Add them to Spotantic:Auth:Scope and authorize again. Nothing was sent to Spotify.")
    {
        OperationId = operationId;
        MissingScopes = missingScopes;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyInsufficientScopeException()
        : base("The access token lacks scopes the operation requires.")
    {
        OperationId = string.Empty;
        MissingScopes = [];
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpotifyInsufficientScopeException(string message)
        : base(message)
    {
        OperationId = string.Empty;
        MissingScopes = [];
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyInsufficientScopeException(string message, Exception? innerException)
        : base(message, innerException)
    {
        OperationId = string.Empty;
        MissingScopes = [];
    }

    /// <summary>The Spotify operation that was refused, e.g. <c>get-users-saved-albums</c>.</summary>
    public string OperationId { get; }

    /// <summary>The scopes the token lacks.</summary>
    public IReadOnlyList<string> MissingScopes { get; }

    /// <summary>
    /// The token key whose token lacks the scopes, e.g. to ask that user for consent; <see langword="null"/> when not
    /// known. The message never names it.
    /// </summary>
    public string? TokenKey { get; init; }

    /// <summary>
    /// The name of the Spotantic app (<c>AddSpotantic(name, ...)</c>) whose token lacks the scopes, or
    /// <see langword="null"/> for the unnamed app.
    /// </summary>
    public string? AppName { get; init; }
}
