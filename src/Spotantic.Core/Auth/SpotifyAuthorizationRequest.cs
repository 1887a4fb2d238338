namespace Spotantic.Auth;

/// <summary>
/// One authorization attempt: the address to send the user to, and what the callback is checked against.
/// Web apps keep it (e.g. in the session) between redirecting the user and handling the callback.
/// </summary>
/// <remarks><see cref="ToString"/> does not show the PKCE verifier.</remarks>
public sealed class SpotifyAuthorizationRequest
{
    /// <summary>Initializes a new authorization request.</summary>
    /// <param name="authorizationUri">The Spotify authorize address with every query parameter.</param>
    /// <param name="redirectUri">The redirect URI sent with it.</param>
    /// <param name="state">The CSRF <c>state</c> value.</param>
    /// <param name="codeVerifier">The PKCE verifier, for the PKCE flow.</param>
    /// <param name="tokenKey">Whose token the authorization produces; <see langword="null"/> is <see cref="SpotifyTokenKeys.Default"/>.</param>
    public SpotifyAuthorizationRequest(Uri authorizationUri, string redirectUri, string state, string? codeVerifier, string? tokenKey = null)
    {
        ArgumentNullException.ThrowIfNull(authorizationUri);
        ArgumentException.ThrowIfNullOrEmpty(redirectUri);
        ArgumentException.ThrowIfNullOrEmpty(state);
        AuthorizationUri = authorizationUri;
        RedirectUri = redirectUri;
        State = state;
        CodeVerifier = codeVerifier;
        TokenKey = tokenKey ?? SpotifyTokenKeys.Default;
    }

    /// <summary>The token key the completed authorization stores its token under.</summary>
    public string TokenKey { get; }

    /// <summary>The address to open in the user's browser.</summary>
    public Uri AuthorizationUri { get; }

    /// <summary>The redirect URI Spotify will send the user back to.</summary>
    public string RedirectUri { get; }

    /// <summary>The <c>state</c> the callback must carry.</summary>
    public string State { get; }

    /// <summary>The PKCE code verifier (secret), or <see langword="null"/> for flows without PKCE.</summary>
    public string? CodeVerifier { get; }

    /// <inheritdoc />
    public override string ToString() => $"SpotifyAuthorizationRequest {{ RedirectUri = {RedirectUri}, Pkce = {CodeVerifier is not null}, TokenKey = {SpotifyTokenKeys.Hash(TokenKey)} }}";
}
