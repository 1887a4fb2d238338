namespace Spotantic.Coordination;

/// <summary>
/// Shares the rate-limit cooldown of each client ID between instances: when Spotify answers one instance with a
/// <c>Retry-After</c> above <c>Spotantic:Client:MaxRetryAfter</c>, the others stop calling too, since Spotify counts
/// calls per app. Registered once per process; <c>Spotantic.Extensions.Caching.Redis</c> provides one.
/// </summary>
public interface ISpotifyRateLimitCoordinator
{
    /// <summary>Tells the other instances that <paramref name="clientId"/> must not call Spotify before <paramref name="until"/>.</summary>
    /// <param name="clientId">The app's client ID.</param>
    /// <param name="until">When the cooldown ends.</param>
    /// <remarks>Called on the request path: it must return at once and never throw; failures are the coordinator's to log.</remarks>
    void PublishBlocked(string clientId, DateTimeOffset until);

    /// <summary>
    /// Calls <paramref name="blocked"/> for each cooldown another instance reports, and for those already in effect
    /// when the subscription starts.
    /// </summary>
    /// <param name="blocked">The callback, with the client ID and the end of the cooldown; it must return quickly and not throw.</param>
    /// <returns>Disposing it ends the subscription.</returns>
    IDisposable Subscribe(Action<string, DateTimeOffset> blocked);
}
