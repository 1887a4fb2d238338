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
    /// <summary>Initializes a new result.</summary>
    /// <param name="request">The validated request that was sent.</param>
    /// <param name="response">The raw response.</param>
    public SpotifyResult(TRequest request, SpotifyRawResponse response)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        Request = request;
        Response = response;
    }

    /// <summary>The typed request that was sent.</summary>
    public TRequest Request { get; }

    /// <summary>The raw response: status, headers and body bytes.</summary>
    public SpotifyRawResponse Response { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Request.Operation.Id}: {Response}";
}
