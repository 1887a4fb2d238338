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

    /// <summary>The response body, deserialized once into its model.</summary>
    public TData Data { get; }
}
