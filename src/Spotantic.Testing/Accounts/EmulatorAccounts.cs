using Spotantic.Testing.Accounts;
using Spotantic.Testing.Catalog;
using Spotantic.Testing.State;

namespace Spotantic.Testing;

/// <summary>
/// Settings and controls of the emulated accounts service (<c>/authorize</c>, <c>/login</c> and <c>/api/token</c>): who
/// signs in, consent, token lifetimes, refresh-token rotation, and expiring or revoking tokens on demand. Settings may change while the server
/// runs; they apply to the next request.
/// </summary>
public sealed class EmulatorAccounts
{
    /// <summary>
    /// The cookie in which the accounts site remembers a browser's sign-in in <see cref="EmulatorSignInMode.SignInPage"/>
    /// mode. Its value is an opaque session ID, not the user ID.
    /// </summary>
    public const string SessionCookieName = "sp_emulator_session";

    private readonly object _gate = new();
    private readonly EmulatorState _state;
    private ConsentMode _consent = ConsentMode.AutoApprove;
    private EmulatorSignInMode _signIn = EmulatorSignInMode.SignedInUser;
    private RefreshTokenRotation _rotation = RefreshTokenRotation.NoNewToken;
    private TimeSpan _accessTokenLifetime = TimeSpan.FromHours(1);
    private TimeSpan? _refreshTokenLifetime = TimeSpan.FromDays(180);
    private TimeSpan _codeLifetime = TimeSpan.FromMinutes(10);
    private string? _signedInUserId;

    internal EmulatorAccounts(EmulatorState state) => _state = state;

    /// <summary>What <c>GET /authorize</c> does with a valid request. Defaults to <see cref="ConsentMode.AutoApprove"/>.</summary>
    public ConsentMode Consent
    {
        get { lock (_gate) { return _consent; } }
        set { lock (_gate) { _consent = value; } }
    }

    /// <summary>
    /// Who the user at <c>GET /authorize</c> is: <see cref="SignedInUserId"/> for every request, or the user each browser
    /// chose on the sign-in page. Defaults to <see cref="EmulatorSignInMode.SignedInUser"/>.
    /// </summary>
    public EmulatorSignInMode SignIn
    {
        get { lock (_gate) { return _signIn; } }
        set
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown sign-in mode.");
            }

            lock (_gate) { _signIn = value; }
        }
    }

    /// <summary>
    /// Whether a refresh returns a new refresh token. Defaults to <see cref="RefreshTokenRotation.NoNewToken"/>, Spotify's
    /// behaviour since 2026.
    /// </summary>
    public RefreshTokenRotation RefreshTokenRotation
    {
        get { lock (_gate) { return _rotation; } }
        set { lock (_gate) { _rotation = value; } }
    }

    /// <summary>Lifetime of new access tokens (<c>expires_in</c>). Defaults to one hour.</summary>
    public TimeSpan AccessTokenLifetime
    {
        get { lock (_gate) { return _accessTokenLifetime; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            lock (_gate) { _accessTokenLifetime = value; }
        }
    }

    /// <summary>
    /// Lifetime of refresh tokens, counted from the user's original authorization (refreshing does not extend it);
    /// null for tokens that never expire. Defaults to 180 days. Applies to refresh tokens issued afterwards.
    /// </summary>
    public TimeSpan? RefreshTokenLifetime
    {
        get { lock (_gate) { return _refreshTokenLifetime; } }
        set
        {
            if (value is { } lifetime)
            {
                ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
            }

            lock (_gate) { _refreshTokenLifetime = value; }
        }
    }

    /// <summary>Lifetime of authorization codes. Defaults to ten minutes.</summary>
    public TimeSpan AuthorizationCodeLifetime
    {
        get { lock (_gate) { return _codeLifetime; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            lock (_gate) { _codeLifetime = value; }
        }
    }

    /// <summary>
    /// The user signed in at <c>/authorize</c>, who approves or denies, in <see cref="EmulatorSignInMode.SignedInUser"/>
    /// mode. Defaults to the demo user (or the first user added when there is none).
    /// </summary>
    public string SignedInUserId
    {
        get
        {
            lock (_gate)
            {
                if (_signedInUserId is not null)
                {
                    return _signedInUserId;
                }
            }

            return _state.Users.ContainsKey(CatalogGenerator.DemoUserId)
                ? CatalogGenerator.DemoUserId
                : _state.Users.Keys.Order(StringComparer.Ordinal).FirstOrDefault() ?? throw new InvalidOperationException("The emulator has no users; add one with AddUser.");
        }

        set
        {
            ArgumentException.ThrowIfNullOrEmpty(value);
            if (!_state.Users.ContainsKey(value))
            {
                throw new ArgumentException($"Unknown user '{value}'.", nameof(value));
            }

            lock (_gate) { _signedInUserId = value; }
        }
    }

    /// <summary>Issues an access and refresh token for a user, as if the user had approved the app with these scopes.</summary>
    /// <param name="clientId">A registered client ID.</param>
    /// <param name="userId">An existing user ID.</param>
    /// <param name="scopes">The granted scopes.</param>
    /// <returns>The tokens.</returns>
    public EmulatorTokenGrant IssueUserToken(string clientId, string userId, params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        RequireApp(clientId);
        if (!_state.Users.ContainsKey(userId))
        {
            throw new ArgumentException($"Unknown user '{userId}'.", nameof(userId));
        }

        var unknown = scopes.Where(s => !SpotifyScopes.All.Contains(s)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"Unknown scopes: {string.Join(' ', unknown)}.", nameof(scopes));
        }

        var granted = new HashSet<string>(scopes, StringComparer.Ordinal);
        var (access, refresh) = IssueForUser(clientId, userId, granted, issuedToPublicClient: false, _state.Clock.GetUtcNow());
        return new EmulatorTokenGrant(access.Token, refresh.Token, clientId, userId, [.. granted.Order(StringComparer.Ordinal)], access.ExpiresAt);
    }

    /// <summary>Issues a client-credentials access token (no user, no scopes).</summary>
    /// <param name="clientId">A registered client ID.</param>
    /// <returns>The token.</returns>
    public EmulatorTokenGrant IssueClientCredentialsToken(string clientId)
    {
        RequireApp(clientId);
        var access = IssueClientToken(clientId);
        return new EmulatorTokenGrant(access.Token, null, clientId, null, [], access.ExpiresAt);
    }

    /// <summary>Makes an access token expired: the API then answers 401 "The access token expired".</summary>
    /// <param name="accessToken">The token.</param>
    /// <returns>False when the token is unknown.</returns>
    public bool ExpireAccessToken(string accessToken)
    {
        var record = _state.Tokens.FindAccessToken(accessToken);
        record?.Expire(_state.Clock.GetUtcNow());
        return record is not null;
    }

    /// <summary>Revokes an access token: the API then answers 401 "Invalid access token".</summary>
    /// <param name="accessToken">The token.</param>
    /// <returns>False when the token is unknown.</returns>
    public bool RevokeAccessToken(string accessToken)
    {
        var record = _state.Tokens.FindAccessToken(accessToken);
        record?.Revoke();
        return record is not null;
    }

    /// <summary>Makes a refresh token expired: refreshing then fails with <c>invalid_grant</c> "Refresh token expired".</summary>
    /// <param name="refreshToken">The token.</param>
    /// <returns>False when the token is unknown.</returns>
    public bool ExpireRefreshToken(string refreshToken)
    {
        var record = _state.Tokens.FindRefreshToken(refreshToken);
        record?.Expire(_state.Clock.GetUtcNow());
        return record is not null;
    }

    /// <summary>Revokes a refresh token: refreshing then fails with <c>invalid_grant</c> "Refresh token revoked".</summary>
    /// <param name="refreshToken">The token.</param>
    /// <returns>False when the token is unknown.</returns>
    public bool RevokeRefreshToken(string refreshToken)
    {
        var record = _state.Tokens.FindRefreshToken(refreshToken);
        record?.Revoke();
        return record is not null;
    }

    /// <summary>Makes every access token of a user expired.</summary>
    /// <param name="userId">The user ID.</param>
    /// <returns>The number of tokens changed.</returns>
    public int ExpireAccessTokensOfUser(string userId)
    {
        var now = _state.Clock.GetUtcNow();
        var count = 0;
        foreach (var token in _state.Tokens.AccessTokensOf(userId))
        {
            token.Expire(now);
            count++;
        }

        return count;
    }

    /// <summary>Revokes every access and refresh token of a user, as when the user removes the app's access.</summary>
    /// <param name="userId">The user ID.</param>
    /// <returns>The number of tokens revoked.</returns>
    public int RevokeTokensOfUser(string userId)
    {
        var count = 0;
        foreach (var token in _state.Tokens.AccessTokensOf(userId))
        {
            token.Revoke();
            count++;
        }

        foreach (var token in _state.Tokens.RefreshTokensOf(userId))
        {
            token.Revoke();
            count++;
        }

        return count;
    }

    /// <summary>The scopes an access token carries, or null when the token is unknown.</summary>
    /// <param name="accessToken">The token.</param>
    /// <returns>The granted scopes.</returns>
    public IReadOnlyCollection<string>? GetGrantedScopes(string accessToken) => _state.Tokens.FindAccessToken(accessToken)?.Scopes.ToArray();

    /// <summary>Every scope Spotify defines (and so the emulator knows), e.g. to issue a token that may do anything.</summary>
    public static IReadOnlyCollection<string> AllScopes => SpotifyScopes.All;

    /// <summary>
    /// The user an access token was issued to (also one issued by a refresh), or null for an unknown token or a
    /// client-credentials token: tests check with it that each request carried the token of the user it was made for.
    /// </summary>
    /// <param name="accessToken">The token.</param>
    /// <returns>The user ID.</returns>
    public string? GetUserOfAccessToken(string accessToken) => _state.Tokens.FindAccessToken(accessToken)?.UserId;

        /// <summary>The browser sessions of the sign-in page.</summary>
    internal AccountsSessionStore Sessions { get; } = new();

    internal (AccessTokenRecord Access, RefreshTokenRecord Refresh) IssueForUser(string clientId, string userId, IReadOnlySet<string> scopes, bool issuedToPublicClient, DateTimeOffset authorizedAt)
    {
        var now = _state.Clock.GetUtcNow();
        var access = _state.Tokens.IssueAccessToken(clientId, userId, scopes, now + AccessTokenLifetime);
        var refreshLifetime = RefreshTokenLifetime;
        var refresh = _state.Tokens.IssueRefreshToken(clientId, userId, scopes, issuedToPublicClient, authorizedAt, authorizedAt + refreshLifetime);
        return (access, refresh);
    }

    internal AccessTokenRecord IssueClientToken(string clientId) =>
        _state.Tokens.IssueAccessToken(clientId, null, new HashSet<string>(StringComparer.Ordinal), _state.Clock.GetUtcNow() + AccessTokenLifetime);

    private void RequireApp(string clientId)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        if (!_state.Apps.ContainsKey(clientId))
        {
            throw new ArgumentException($"Unknown client '{clientId}'; register it with RegisterApp.", nameof(clientId));
        }
    }
}
