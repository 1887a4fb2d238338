namespace Spotantic.Testing.Accounts;

/// <summary>An issued access token: who it is for, what it may do and until when.</summary>
internal sealed class AccessTokenRecord
{
    private long _expiresAtTicks;
    private volatile bool _revoked;

    public AccessTokenRecord(string token, string clientId, string? userId, IReadOnlySet<string> scopes, DateTimeOffset expiresAt)
    {
        Token = token;
        ClientId = clientId;
        UserId = userId;
        Scopes = scopes;
        _expiresAtTicks = expiresAt.UtcTicks;
    }

    public string Token { get; }

    public string ClientId { get; }

    /// <summary>Null for a client-credentials token.</summary>
    public string? UserId { get; }

    public IReadOnlySet<string> Scopes { get; }

    public DateTimeOffset ExpiresAt => new(Interlocked.Read(ref _expiresAtTicks), TimeSpan.Zero);

    public bool IsRevoked => _revoked;

    public bool IsUserToken => UserId is not null;

    public void Expire(DateTimeOffset now) => Interlocked.Exchange(ref _expiresAtTicks, now.UtcTicks - TimeSpan.TicksPerSecond);

    public void Revoke() => _revoked = true;
}

/// <summary>A refresh token. Its lifetime counts from the user's original authorization and refreshing does not extend it.</summary>
internal sealed class RefreshTokenRecord
{
    private long _expiresAtTicks;
    private volatile bool _revoked;

    public RefreshTokenRecord(string token, string clientId, string userId, IReadOnlySet<string> scopes, bool issuedToPublicClient, DateTimeOffset authorizedAt, DateTimeOffset? expiresAt)
    {
        Token = token;
        ClientId = clientId;
        UserId = userId;
        Scopes = scopes;
        IssuedToPublicClient = issuedToPublicClient;
        AuthorizedAt = authorizedAt;
        _expiresAtTicks = expiresAt?.UtcTicks ?? long.MaxValue;
    }

    public string Token { get; }

    public string ClientId { get; }

    public string UserId { get; }

    public IReadOnlySet<string> Scopes { get; }

    /// <summary>True when issued through PKCE: refreshing needs only the client ID, not the secret.</summary>
    public bool IssuedToPublicClient { get; }

    public DateTimeOffset AuthorizedAt { get; }

    /// <summary>Null when the token never expires.</summary>
    public DateTimeOffset? ExpiresAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _expiresAtTicks);
            return ticks == long.MaxValue ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public bool IsRevoked => _revoked;

    public void Expire(DateTimeOffset now) => Interlocked.Exchange(ref _expiresAtTicks, now.UtcTicks - TimeSpan.TicksPerSecond);

    public void Revoke() => _revoked = true;
}

/// <summary>An authorization code waiting to be exchanged once.</summary>
internal sealed class AuthorizationCodeRecord
{
    private int _redeemed;

    public required string Code { get; init; }

    public required string ClientId { get; init; }

    public required string UserId { get; init; }

    public required string RedirectUri { get; init; }

    public required IReadOnlySet<string> Scopes { get; init; }

    /// <summary>The S256 challenge of a PKCE request, or null.</summary>
    public string? CodeChallenge { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Marks the code used; true only for the first caller.</summary>
    public bool TryRedeem() => Interlocked.Exchange(ref _redeemed, 1) == 0;
}

/// <summary>A valid <c>/authorize</c> request waiting for the user's choice on the consent page.</summary>
internal sealed class PendingConsent
{
    public required string ClientId { get; init; }

    public required string UserId { get; init; }

    public required string RedirectUri { get; init; }

    public required IReadOnlySet<string> Scopes { get; init; }

    public string? State { get; init; }

    public string? CodeChallenge { get; init; }

    /// <summary>The sign-in session that was shown the page, or null when the request needed no sign-in.</summary>
    public string? SessionId { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }
}
