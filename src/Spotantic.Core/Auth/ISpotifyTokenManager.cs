namespace Spotantic.Auth;

/// <summary>
/// Owns the token of one key: loads it from the store, hands out a valid access token, refreshes it once for all
/// concurrent callers, and saves every new token.
/// </summary>
public interface ISpotifyTokenManager
{
    /// <summary>The token key this manager owns.</summary>
    string Key { get; }

    /// <summary>
    /// Returns a token that is valid for at least the configured refresh margin, obtaining or refreshing one if
    /// needed. Concurrent callers that find the token expired share a single token request.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait (a refresh already under way completes for the other callers).</param>
    /// <returns>The token.</returns>
    /// <exception cref="Exceptions.SpotifyAuthorizationRequiredException">No user token exists or Spotify refused the refresh token.</exception>
    ValueTask<SpotifyToken> GetTokenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Refreshes the token now (re-acquires it for client credentials). When <paramref name="rejectedToken"/> is given
    /// and another caller has already replaced it, returns the newer token without a second request.
    /// </summary>
    /// <param name="rejectedToken">The token Spotify just refused, if this refresh answers a 401.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The new token.</returns>
    Task<SpotifyToken> RefreshAsync(SpotifyToken? rejectedToken = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces the token, e.g. after an authorization, and stores it.</summary>
    /// <param name="token">The new token.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the token is in place.</returns>
    Task SetTokenAsync(SpotifyToken token, CancellationToken cancellationToken = default);

    /// <summary>Forgets the token in memory and in the store.</summary>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the token is gone.</returns>
    Task ClearAsync(CancellationToken cancellationToken = default);
}
