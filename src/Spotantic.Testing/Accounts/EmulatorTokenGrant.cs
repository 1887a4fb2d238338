namespace Spotantic.Testing;

/// <summary>Tokens issued directly by <see cref="EmulatorAccounts"/>, without going through an OAuth flow.</summary>
public sealed class EmulatorTokenGrant
{
    internal EmulatorTokenGrant(string accessToken, string? refreshToken, string clientId, string? userId, IReadOnlyList<string> scopes, DateTimeOffset expiresAt)
    {
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        ClientId = clientId;
        UserId = userId;
        Scopes = scopes;
        ExpiresAt = expiresAt;
    }

    /// <summary>The bearer access token.</summary>
    public string AccessToken { get; }

    /// <summary>The refresh token; null for a client-credentials token.</summary>
    public string? RefreshToken { get; }

    /// <summary>The client the tokens were issued to.</summary>
    public string ClientId { get; }

    /// <summary>The user; null for a client-credentials token.</summary>
    public string? UserId { get; }

    /// <summary>The granted scopes.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>When the access token expires.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Describes the grant without its tokens.</summary>
    /// <returns>Client, user, scopes and expiry.</returns>
    public override string ToString() =>
        $"EmulatorTokenGrant client={ClientId} user={UserId ?? "(none)"} scopes=[{string.Join(' ', Scopes)}] expires={ExpiresAt:O}";
}
