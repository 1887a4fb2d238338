using Spotantic.Auth;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>A user token the fake server issued directly, as if an earlier run had authorized.</summary>
/// <param name="AccessToken">The access token.</param>
/// <param name="RefreshToken">The refresh token.</param>
/// <param name="Scope">The granted scopes, space-separated.</param>
/// <param name="ExpiresAt">When the server stops accepting the access token.</param>
public sealed record FakeUserToken(string AccessToken, string RefreshToken, string Scope, DateTimeOffset ExpiresAt)
{
    /// <summary>The same token as Spotantic stores it.</summary>
    /// <returns>The token.</returns>
    public SpotifyToken ToSpotifyToken() => new()
    {
        AccessToken = AccessToken,
        TokenType = "Bearer",
        Scope = Scope,
        ExpiresIn = 3600,
        RefreshToken = RefreshToken,
        ExpiresAt = ExpiresAt.ToUnixTimeSeconds(),
    };

    /// <inheritdoc />
    public override string ToString() => $"FakeUserToken {{ Scope = {Scope}, ExpiresAt = {ExpiresAt:O} }}";
}
