namespace Spotantic.Auth;

/// <summary>
/// Authorizes a Spotify user: interactively through the browser and a loopback redirect (the seed's
/// <c>authorize()</c>), or step by step for web apps that handle the callback themselves.
/// </summary>
/// <remarks>
/// The service acts for one token key: the injected service for the current key (<see cref="ISpotifyTokenKeyAccessor"/>),
/// <c>ISpotifyClientFactory.ForUser(key).Authorization</c> for the given key. A request remembers its key, and
/// completing it stores the token under that key only.
/// </remarks>
public interface ISpotifyAuthorizationService
{
    /// <summary>
    /// Builds the address to send the user to, with a fresh <c>state</c> and, for PKCE, a fresh verifier and S256
    /// challenge.
    /// </summary>
    /// <param name="scopes">The scopes to request; <see langword="null"/> uses <c>Spotantic:Auth:Scope</c>.</param>
    /// <param name="showDialog">Whether Spotify should ask the user again even if the app is already authorized.</param>
    /// <returns>The request; keep it until the callback arrives.</returns>
    SpotifyAuthorizationRequest CreateAuthorizationRequest(IEnumerable<string>? scopes = null, bool showDialog = false);

    /// <summary>
    /// Completes an authorization from the callback's query parameters: checks <c>state</c> (in constant time) and
    /// <c>error</c>, exchanges the code, and stores the token.
    /// </summary>
    /// <param name="request">The request the user was sent with.</param>
    /// <param name="callbackParameters">The callback's query parameters (<c>code</c>, <c>state</c>, <c>error</c>).</param>
    /// <param name="cancellationToken">Cancels the exchange.</param>
    /// <returns>The new token.</returns>
    /// <exception cref="Exceptions.SpotifyStateMismatchException">The callback's state does not match.</exception>
    /// <exception cref="Exceptions.SpotifyAuthorizationDeniedException">The user declined.</exception>
    /// <exception cref="Exceptions.SpotifyTokenRequestException">Spotify refused the code.</exception>
    Task<SpotifyToken> CompleteAuthorizationAsync(SpotifyAuthorizationRequest request, IReadOnlyDictionary<string, string?> callbackParameters, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs the whole interactive login: opens the browser (or shows the address when none can be opened), waits
    /// for Spotify's redirect on the loopback redirect URI, and stores the token.
    /// </summary>
    /// <param name="cancellationToken">Cancels the login and frees the port.</param>
    /// <returns>The new token.</returns>
    /// <exception cref="Exceptions.SpotifyAuthorizationException">The login failed, was declined, or timed out.</exception>
    Task<SpotifyToken> AuthorizeAsync(CancellationToken cancellationToken = default);

    /// <summary>Signs the key's user out: removes its token from memory and from the token store.</summary>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the token is gone.</returns>
    Task SignOutAsync(CancellationToken cancellationToken = default);
}
