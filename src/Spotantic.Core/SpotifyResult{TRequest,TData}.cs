using Spotantic.Requests;

namespace Spotantic;

/// <summary>
/// The outcome of a call: the request that was sent, the raw response and the typed data
/// (the seed's <c>request</c>, <c>response</c> and <c>data</c>).
/// </summary>
/// <typeparam name="TRequest">The request record type.</typeparam>
/// <typeparam name="TData">The type the response body was deserialized into.</typeparam>
public sealed class SpotifyResult<TRequest, TData> : SpotifyResult<TRequest>
    where TRequest : SpotifyRequest
{
    /// <summary>Initializes a new result.</summary>
    /// <param name="request">The validated request that was sent.</param>
    /// <param name="response">The raw response.</param>
    /// <param name="data">The deserialized body.</param>
    public SpotifyResult(TRequest request, SpotifyRawResponse response, TData data)
        : base(request, response)
    {
        Data = data;
    }

    /// <summary>Initializes a new result of a call that Spotantic split into several HTTP requests.</summary>
    /// <param name="request">The validated request, with all its items.</param>
    /// <param name="responses">The raw responses, in the order they were sent.</param>
    /// <param name="data">The data of all responses, merged in the order of the request's items.</param>
    public SpotifyResult(TRequest request, IReadOnlyList<SpotifyRawResponse> responses, TData data)
        : base(request, responses)
    {
        Data = data;
    }

    /// <summary>The response body, deserialized once into its model.</summary>
    public TData Data { get; }
}
