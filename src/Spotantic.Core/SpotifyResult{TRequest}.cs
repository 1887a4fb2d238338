using Spotantic.Requests;

namespace Spotantic;

/// <summary>
/// The outcome of a call whose response has no body: the request that was sent and the raw response
/// (the seed's <c>request</c> and <c>response</c>).
/// </summary>
/// <typeparam name="TRequest">The request record type.</typeparam>
public class SpotifyResult<TRequest>
    where TRequest : SpotifyRequest
{
    /// <summary>Initializes a new result of a single HTTP request.</summary>
    /// <param name="request">The validated request that was sent.</param>
    /// <param name="response">The raw response.</param>
    public SpotifyResult(TRequest request, SpotifyRawResponse response)
        : this(request, [response ?? throw new ArgumentNullException(nameof(response))])
    {
    }

    /// <summary>Initializes a new result of a call that Spotantic split into several HTTP requests.</summary>
    /// <param name="request">The validated request, with all its items.</param>
    /// <param name="responses">The raw responses, one per HTTP request, in the order they were sent.</param>
    public SpotifyResult(TRequest request, IReadOnlyList<SpotifyRawResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Count == 0)
        {
            throw new ArgumentException("A result needs at least one response.", nameof(responses));
        }

        Request = request;
        Responses = responses;
    }

    /// <summary>The typed request that was sent.</summary>
    public TRequest Request { get; }

    /// <summary>
    /// The raw response: status, headers and body bytes. For a call split into several HTTP requests (more IDs
    /// than Spotify accepts at once), the last one; <see cref="Responses"/> has them all.
    /// </summary>
    public SpotifyRawResponse Response => Responses[^1];

    /// <summary>Every raw response of the call, in order: one, unless the call was split into chunks.</summary>
    public IReadOnlyList<SpotifyRawResponse> Responses { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Request.Operation.Id}: {Response}";
}
