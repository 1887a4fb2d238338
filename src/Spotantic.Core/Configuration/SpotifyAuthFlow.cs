namespace Spotantic.Configuration;

/// <summary>The OAuth flow Spotantic uses to obtain access tokens.</summary>
public enum SpotifyAuthFlow
{
    /// <summary>
    /// Authorization code with PKCE: a user signs in, no client secret is needed. The right choice for apps that
    /// cannot keep a secret (desktop, CLI, mobile) and the default.
    /// </summary>
    AuthorizationCodePkce = 0,

    /// <summary>Authorization code: a user signs in, and the app proves itself with its client secret.</summary>
    AuthorizationCode = 1,

    /// <summary>Client credentials: app-only access to catalog data, no user and no refresh token.</summary>
    ClientCredentials = 2,
}
