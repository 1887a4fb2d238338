using System.Collections.Frozen;
using System.Text.Json.Serialization;
using Spotantic.Http;
using Spotantic.Serialization;

namespace Spotantic.Auth;

/// <summary>
/// An OAuth token from Spotify's accounts service, in the token cache file format the Python library writes
/// (<c>access_token</c>, <c>token_type</c>, <c>scope</c>, <c>expires_in</c>, <c>refresh_token</c>, <c>expires_at</c>).
/// </summary>
/// <remarks><see cref="ToString"/> shows neither token.</remarks>
public sealed record SpotifyToken
{
    private FrozenSet<string>? _grantedScopes;

    /// <summary>The bearer token sent with Web API calls. Secret.</summary>
    [JsonPropertyName("access_token")]
    public string AccessToken { get; init; } = string.Empty;

    /// <summary>The token type; Spotify writes <c>Bearer</c> or <c>bearer</c>.</summary>
    [JsonPropertyName("token_type")]
    public string TokenType { get; init; } = "Bearer";

    /// <summary>The granted scopes, space-separated; empty for client-credentials tokens.</summary>
    [JsonPropertyName("scope")]
    public string? Scope
    {
        get;
        init
        {
            field = value;
            _grantedScopes = null;
        }
    }

    /// <summary>The lifetime Spotify gave the token, in seconds (usually 3600).</summary>
    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }

    /// <summary>The refresh token, for the authorization-code flows. Secret.</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    /// <summary>When the access token expires, in Unix seconds.</summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public long ExpiresAt { get; init; }

    /// <summary>The granted scopes as a set (parsed once per token: the scope check reads it on every call).</summary>
    [JsonIgnore]
    public FrozenSet<string> GrantedScopes => _grantedScopes ??= SpotifyScopes.Parse(Scope);

    /// <summary>When the access token expires.</summary>
    [JsonIgnore]
    public DateTimeOffset ExpiresAtTime => DateTimeOffset.FromUnixTimeSeconds(ExpiresAt);

    /// <summary>Whether the token has expired, or will within <paramref name="margin"/>.</summary>
    /// <param name="now">The current time.</param>
    /// <param name="margin">How long before expiry the token already counts as expired.</param>
    /// <returns><see langword="true"/> when the token should be refreshed before use.</returns>
    public bool IsExpired(DateTimeOffset now, TimeSpan margin) => now + margin >= ExpiresAtTime;

    /// <summary>Compares the token data (not the cached scope set).</summary>
    /// <param name="other">The other token.</param>
    /// <returns>Whether both carry the same data.</returns>
    public bool Equals(SpotifyToken? other) =>
        other is not null &&
        string.Equals(AccessToken, other.AccessToken, StringComparison.Ordinal) &&
        string.Equals(TokenType, other.TokenType, StringComparison.Ordinal) &&
        string.Equals(Scope, other.Scope, StringComparison.Ordinal) &&
        ExpiresIn == other.ExpiresIn &&
        string.Equals(RefreshToken, other.RefreshToken, StringComparison.Ordinal) &&
        ExpiresAt == other.ExpiresAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AccessToken, TokenType, Scope, ExpiresIn, RefreshToken, ExpiresAt);

    /// <inheritdoc />
    public override string ToString() =>
        $"SpotifyToken {{ TokenType = {TokenType}, Scope = {Scope}, ExpiresAt = {ExpiresAtTime:O}, AccessToken = ***, RefreshToken = {(RefreshToken is null ? "(none)" : "***")} }}";
}
