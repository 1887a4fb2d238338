namespace Spotantic.Requests;

/// <summary>
/// A request over a list of items (IDs or URIs) of which Spotify accepts only a limited number per call. Callers
/// pass any number; the client splits the request into chunks of <see cref="MaxItemsPerCall"/>, sends them in
/// order, and merges the results in input order.
/// </summary>
/// <typeparam name="TSelf">The request record type.</typeparam>
public interface ISpotifyBatchRequest<out TSelf>
    where TSelf : SpotifyRequest
{
    /// <summary>The items the request carries, in order.</summary>
    IReadOnlyList<string> BatchItems { get; }

    /// <summary>The most items Spotify accepts in one call of this operation.</summary>
    int MaxItemsPerCall { get; }

    /// <summary>Returns a copy of this request carrying only <paramref name="items"/>.</summary>
    /// <param name="items">One chunk of <see cref="BatchItems"/>.</param>
    /// <returns>The chunk request.</returns>
    TSelf WithBatchItems(IReadOnlyList<string> items);
}
