using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Spotantic.Testing.Accounts;

/// <summary>Every code, token and pending consent the accounts service has issued. Thread-safe.</summary>
internal sealed class TokenStore
{
    private readonly ConcurrentDictionary<string, AccessTokenRecord> _accessTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RefreshTokenRecord> _refreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AuthorizationCodeRecord> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PendingConsent> _pendingConsents = new(StringComparer.Ordinal);

    public AccessTokenRecord IssueAccessToken(string clientId, string? userId, IReadOnlySet<string> scopes, DateTimeOffset expiresAt)
    {
        var record = new AccessTokenRecord("BQ" + Random(96), clientId, userId, scopes, expiresAt);
        _accessTokens[record.Token] = record;
        return record;
    }

    public RefreshTokenRecord IssueRefreshToken(string clientId, string userId, IReadOnlySet<string> scopes, bool issuedToPublicClient, DateTimeOffset authorizedAt, DateTimeOffset? expiresAt)
    {
        var record = new RefreshTokenRecord("AQ" + Random(96), clientId, userId, scopes, issuedToPublicClient, authorizedAt, expiresAt);
        _refreshTokens[record.Token] = record;
        return record;
    }

    public AuthorizationCodeRecord IssueCode(string clientId, string userId, string redirectUri, IReadOnlySet<string> scopes, string? codeChallenge, DateTimeOffset expiresAt)
    {
        var record = new AuthorizationCodeRecord
        {
            Code = "AQ" + Random(64),
            ClientId = clientId,
            UserId = userId,
            RedirectUri = redirectUri,
            Scopes = scopes,
            CodeChallenge = codeChallenge,
            ExpiresAt = expiresAt,
        };
        _codes[record.Code] = record;
        return record;
    }

    public string AddPendingConsent(PendingConsent consent)
    {
        var id = Random(24);
        _pendingConsents[id] = consent;
        return id;
    }

    public PendingConsent? TakePendingConsent(string id) => _pendingConsents.TryRemove(id, out var consent) ? consent : null;

    public AccessTokenRecord? FindAccessToken(string token) => _accessTokens.GetValueOrDefault(token);

    public RefreshTokenRecord? FindRefreshToken(string token) => _refreshTokens.GetValueOrDefault(token);

    public AuthorizationCodeRecord? FindCode(string code) => _codes.GetValueOrDefault(code);

    public IEnumerable<AccessTokenRecord> AccessTokensOf(string userId) =>
        _accessTokens.Values.Where(t => string.Equals(t.UserId, userId, StringComparison.Ordinal));

    public IEnumerable<RefreshTokenRecord> RefreshTokensOf(string userId) =>
        _refreshTokens.Values.Where(t => string.Equals(t.UserId, userId, StringComparison.Ordinal));

    private static string Random(int bytes) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));
}
