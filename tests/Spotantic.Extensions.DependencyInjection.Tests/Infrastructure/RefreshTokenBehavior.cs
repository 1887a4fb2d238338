namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>What the fake token endpoint does with the refresh token on a refresh.</summary>
public enum RefreshTokenBehavior
{
    /// <summary>Returns no <c>refresh_token</c>; the old one stays valid (Spotify since 2026).</summary>
    Omit,

    /// <summary>Returns a new <c>refresh_token</c> and revokes the old one (PKCE before mid-2026).</summary>
    Rotate,
}
