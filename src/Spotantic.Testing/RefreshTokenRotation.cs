namespace Spotantic.Testing;

/// <summary>What a <c>refresh_token</c> grant returns besides the new access token.</summary>
public enum RefreshTokenRotation
{
    /// <summary>
    /// No <c>refresh_token</c> in the response; the presented refresh token stays valid. This is what Spotify does since 2026.
    /// </summary>
    NoNewToken,

    /// <summary>
    /// A new refresh token every time; the presented one is revoked, so using it again fails with <c>invalid_grant</c>
    /// ("Refresh token revoked"), as PKCE refresh tokens behaved before 2026.
    /// </summary>
    Rotate,
}
