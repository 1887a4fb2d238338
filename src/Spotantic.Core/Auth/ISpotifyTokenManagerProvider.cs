namespace Spotantic.Auth;

/// <summary>
/// The token managers of one Spotify app, one per token key (whose token it is: <see cref="SpotifyTokenKeys.Default"/>
/// in a worker, a signed-in user's ID in a web app). Managers are created on first use and released after
/// <c>Spotantic:Auth:TokenManagerIdleTimeout</c> without use, so memory follows the users active recently, not every
/// user ever seen; a released key loads its token from the <see cref="ISpotifyTokenStore"/> again when next used.
/// </summary>
public interface ISpotifyTokenManagerProvider
{
    /// <summary>
    /// Returns the token manager of <paramref name="key"/>. The manager can be kept and used for as long as needed:
    /// each call reaches the one live state of that key, with one refresh for all of its concurrent callers.
    /// </summary>
    /// <param name="key">The token key (1-512 characters).</param>
    /// <returns>The key's manager.</returns>
    ISpotifyTokenManager GetManager(string key);

    /// <summary>How many keys have their state in memory now (those used within the idle timeout, or in use).</summary>
    int LiveManagerCount { get; }
}
