using System.Net;

namespace Spotantic.Exceptions;

/// <summary>
/// Spotify answered with a success status but a body Spotantic cannot use: empty where JSON was expected,
/// truncated or malformed JSON, or not JSON at all.
/// </summary>
public sealed class SpotifyInvalidResponseException : SpotanticException
{
    /// <summary>Initializes a new instance for a response that could not be read.</summary>
    /// <param name="statusCode">The response status.</param>
    /// <param name="operationId">The operation, when known.</param>
    /// <param name="problem">What is wrong with the body.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public SpotifyInvalidResponseException(HttpStatusCode statusCode, string? operationId, string problem, Exception? innerException)
        : base($"{(operationId is null ? "A Spotify response" : $"The response to '{operationId}'")} ({(int)statusCode}) could not be read: {problem}.", innerException)
    {
        StatusCode = statusCode;
        OperationId = operationId;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public SpotifyInvalidResponseException()
        : base("A Spotify response could not be read.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpotifyInvalidResponseException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SpotifyInvalidResponseException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status code of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The operation whose response could not be read, when known.</summary>
    public string? OperationId { get; }
}
