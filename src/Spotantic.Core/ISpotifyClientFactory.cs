namespace Spotantic;

/// <summary>
/// Acts for a given token key: a signed-in user from a controller, page, hub or background job, or any key an app
/// chooses. Every client it returns shares the app's one HTTP pipeline (IHttpClientFactory, the app's own handlers,
/// the rate-limit gate of its client ID); only the token differs.
/// </summary>
public interface ISpotifyClientFactory
{
    /// <summary>
    /// Returns every typed client, the authorization service and the token manager acting for
    /// <paramref name="tokenKey"/>. Cheap: create one where needed rather than caching one per user.
    /// </summary>
    /// <param name="tokenKey">Whose token to use (1-512 characters), e.g. the Spotify user ID the user signed in with.</param>
    /// <returns>The client. A call for a key that has no token throws <see cref="Exceptions.SpotifyAuthorizationRequiredException"/>.</returns>
    ISpotifyClient ForUser(string tokenKey);
}
