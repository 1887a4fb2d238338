using Spotantic.Auth;

namespace Spotantic.Core.Tests.TestSupport;

public static class TestTokens
{
    /// <summary>A token that expires <paramref name="expiresIn"/> (an hour by default) after <paramref name="now"/> (the real clock by default).</summary>
    public static SpotifyToken Create(string accessToken, string? refreshToken = null, string? scope = null, DateTimeOffset? now = null, TimeSpan? expiresIn = null)
    {
        var lifetime = expiresIn ?? TimeSpan.FromHours(1);
        var issued = now ?? DateTimeOffset.UtcNow;
        return new SpotifyToken
        {
            AccessToken = accessToken,
            TokenType = "Bearer",
            Scope = scope,
            ExpiresIn = (int)lifetime.TotalSeconds,
            RefreshToken = refreshToken,
            ExpiresAt = (issued + lifetime).ToUnixTimeSeconds(),
        };
    }
}
