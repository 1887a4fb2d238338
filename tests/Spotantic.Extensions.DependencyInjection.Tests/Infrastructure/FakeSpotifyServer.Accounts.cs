using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>The accounts service: <c>GET /authorize</c> and <c>POST /api/token</c>.</summary>
public sealed partial class FakeSpotifyServer
{
    private readonly HashSet<string> _redirectUris = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccessTokenState> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _refreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _tokenRequestCounts = new(StringComparer.Ordinal);

    /// <summary>When set, <c>/authorize</c> redirects with <c>error=access_denied</c>, as when the user clicks Cancel.</summary>
    public bool DenyAuthorization { get; set; }

    /// <summary>When set, <c>/authorize</c> redirects with a <c>state</c> other than the one it was given.</summary>
    public bool ReturnWrongState { get; set; }

    /// <summary>The scopes granted to user tokens; <see langword="null"/> grants what was asked for.</summary>
    public string? GrantedScope { get; set; }

    /// <summary>The <c>expires_in</c> of new access tokens, in seconds. Defaults to 3600.</summary>
    public int AccessTokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>What a refresh does with the refresh token. Defaults to <see cref="RefreshTokenBehavior.Omit"/>.</summary>
    public RefreshTokenBehavior RefreshTokenBehavior { get; set; } = RefreshTokenBehavior.Omit;

    /// <summary>How long the token endpoint takes to answer, to let concurrent callers pile up.</summary>
    public TimeSpan TokenEndpointDelay { get; set; }

    /// <summary>Allows a redirect URI, as registering it in the Developer Dashboard does.</summary>
    /// <param name="redirectUri">The exact URI.</param>
    public void RegisterRedirectUri(string redirectUri)
    {
        lock (_lock)
        {
            _redirectUris.Add(redirectUri);
        }
    }

    /// <summary>How many token requests of a grant type arrived (successful or not).</summary>
    /// <param name="grantType">client_credentials, authorization_code or refresh_token.</param>
    /// <returns>The count.</returns>
    public int TokenRequestCount(string grantType) => _tokenRequestCounts.GetValueOrDefault(grantType);

    /// <summary>Issues a user token directly, as if the user had authorized in an earlier run.</summary>
    /// <param name="scope">The granted scopes.</param>
    /// <param name="accessTokenExpiresAt">When the server stops accepting the access token (may be in the past).</param>
    /// <returns>The token.</returns>
    public FakeUserToken IssueUserToken(string scope, DateTimeOffset accessTokenExpiresAt)
    {
        var accessToken = NewAccessToken(scope, accessTokenExpiresAt);
        var refreshToken = NewRefreshToken(scope);
        return new FakeUserToken(accessToken, refreshToken, scope, accessTokenExpiresAt);
    }

    /// <summary>Makes the server refuse an access token from now on (401).</summary>
    /// <param name="accessToken">The token.</param>
    public void RevokeAccessToken(string accessToken)
    {
        lock (_lock)
        {
            if (_accessTokens.TryGetValue(accessToken, out var state))
            {
                _accessTokens[accessToken] = state with { Revoked = true };
            }
        }
    }

    /// <summary>Makes the server refuse every access token issued so far (401).</summary>
    public void RevokeAllAccessTokens()
    {
        lock (_lock)
        {
            foreach (var key in _accessTokens.Keys.ToList())
            {
                _accessTokens[key] = _accessTokens[key] with { Revoked = true };
            }
        }
    }

    /// <summary>Makes every access token issued so far count as expired (401 "The access token expired").</summary>
    public void ExpireAllAccessTokens()
    {
        var past = _time.GetUtcNow().AddSeconds(-1);
        lock (_lock)
        {
            foreach (var key in _accessTokens.Keys.ToList())
            {
                _accessTokens[key] = _accessTokens[key] with { ExpiresAt = past };
            }
        }
    }

    /// <summary>Makes the token endpoint refuse every refresh token issued so far (<c>invalid_grant</c>).</summary>
    public void RevokeAllRefreshTokens()
    {
        lock (_lock)
        {
            _refreshTokens.Clear();
        }
    }

    /// <summary>The access tokens the server issued, oldest first.</summary>
    public IReadOnlyList<string> IssuedAccessTokens
    {
        get
        {
            lock (_lock)
            {
                return [.. _accessTokens.OrderBy(pair => pair.Value.Sequence).Select(pair => pair.Key)];
            }
        }
    }

    private void HandleAuthorize(HttpContext context)
    {
        var query = context.Request.Query;
        string? Get(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;

        var redirectUri = Get("redirect_uri");
        bool registered;
        lock (_lock)
        {
            registered = redirectUri is not null && _redirectUris.Contains(redirectUri);
        }

        // Spotify shows an error page (no redirect) when it cannot trust the redirect URI.
        if (!string.Equals(context.Request.Method, "GET", StringComparison.Ordinal) || Get("client_id") != ClientId)
        {
            context.Response.StatusCode = 400;
            return;
        }

        if (!registered)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var state = Get("state");
        var challenge = Get("code_challenge");
        var challengeMethod = Get("code_challenge_method");
        string? error = null;
        if (Get("response_type") != "code")
        {
            error = "unsupported_response_type";
        }
        else if (challenge is not null && challengeMethod != "S256")
        {
            error = "invalid_request";
        }
        else if (DenyAuthorization)
        {
            error = "access_denied";
        }

        var returnedState = ReturnWrongState ? "forged" + NewRandom(12) : state;
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (error is not null)
        {
            parameters["error"] = error;
        }
        else
        {
            var code = "AQ" + NewRandom(48);
            AddSecret(code);
            lock (_lock)
            {
                _codes[code] = new PendingCode(redirectUri!, challenge, GrantedScope ?? Get("scope") ?? string.Empty);
            }

            parameters["code"] = code;
        }

        if (returnedState is not null)
        {
            parameters["state"] = returnedState;
        }

        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = QueryHelpers.AddQueryString(redirectUri!, parameters);
    }

    private async Task HandleTokenAsync(HttpContext context, RecordedRequest request)
    {
        if (TokenEndpointDelay > TimeSpan.Zero)
        {
            await Task.Delay(TokenEndpointDelay, context.RequestAborted);
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            await WriteAsync(context, new FakeResponse(405));
            return;
        }

        var grantType = request.FormValue("grant_type");
        _tokenRequestCounts.AddOrUpdate(grantType ?? "(none)", 1, (_, count) => count + 1);
        if (request.ContentType is null || !request.ContentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            await WriteAsync(context, OAuthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded"));
            return;
        }

        // A Basic header must carry valid credentials whatever the grant.
        var basic = ParseBasic(request.Authorization);
        if (basic is { } credentials && (credentials.ClientId != ClientId || credentials.Secret != ClientSecret))
        {
            await WriteAsync(context, OAuthError("invalid_client", credentials.ClientId != ClientId ? "Invalid client" : "Invalid client secret"));
            return;
        }

        var response = grantType switch
        {
            "client_credentials" => basic is null
                ? OAuthError("invalid_client", "Invalid client")
                : TokenResponse(NewAccessToken(string.Empty), refreshToken: null, scope: null, tokenType: "bearer"),
            "authorization_code" => ExchangeCode(request, clientAuthenticated: basic is not null),
            "refresh_token" => Refresh(request, clientAuthenticated: basic is not null),
            null => OAuthError("unsupported_grant_type", "grant_type parameter is missing"),
            _ => OAuthError("unsupported_grant_type", $"grant_type {grantType} is not supported"),
        };
        await WriteAsync(context, response);
    }

    private FakeResponse ExchangeCode(RecordedRequest request, bool clientAuthenticated)
    {
        var code = request.FormValue("code");
        var verifier = request.FormValue("code_verifier");
        if (verifier is not null)
        {
            AddSecret(verifier);
        }

        if (!clientAuthenticated && request.FormValue("client_id") != ClientId)
        {
            return OAuthError("invalid_client", "Invalid client");
        }

        PendingCode? pending = null;
        lock (_lock)
        {
            // Codes are single-use: the first attempt consumes it, whether or not it succeeds.
            if (code is not null && _codes.Remove(code, out var found))
            {
                pending = found;
            }
        }

        if (pending is null)
        {
            return OAuthError("invalid_grant", "Invalid authorization code");
        }

        if (request.FormValue("redirect_uri") != pending.RedirectUri)
        {
            return OAuthError("invalid_grant", "Invalid redirect URI");
        }

        if (pending.CodeChallenge is not null || !clientAuthenticated)
        {
            if (verifier is null)
            {
                return OAuthError("invalid_request", "code_verifier required");
            }

            if (pending.CodeChallenge is null || !string.Equals(S256(verifier), pending.CodeChallenge, StringComparison.Ordinal))
            {
                return OAuthError("invalid_grant", "code_verifier was incorrect");
            }
        }

        var scope = pending.Scope;
        return TokenResponse(NewAccessToken(scope), NewRefreshToken(scope), scope, tokenType: "Bearer");
    }

    private FakeResponse Refresh(RecordedRequest request, bool clientAuthenticated)
    {
        if (!clientAuthenticated && request.FormValue("client_id") != ClientId)
        {
            return OAuthError("invalid_client", "Invalid client");
        }

        var refreshToken = request.FormValue("refresh_token");
        string? scope;
        lock (_lock)
        {
            scope = refreshToken is not null && _refreshTokens.TryGetValue(refreshToken, out var granted) ? granted : null;
            if (scope is not null && RefreshTokenBehavior == RefreshTokenBehavior.Rotate)
            {
                _refreshTokens.Remove(refreshToken!);
            }
        }

        if (scope is null)
        {
            return OAuthError("invalid_grant", "Refresh token revoked");
        }

        var rotated = RefreshTokenBehavior == RefreshTokenBehavior.Rotate ? NewRefreshToken(scope) : null;
        return TokenResponse(NewAccessToken(scope), rotated, scope, tokenType: "Bearer");
    }

    private FakeResponse TokenResponse(string accessToken, string? refreshToken, string? scope, string tokenType)
    {
        var json = new JsonObject
        {
            ["access_token"] = accessToken,
            ["token_type"] = tokenType,
            ["expires_in"] = AccessTokenLifetimeSeconds,
        };
        if (refreshToken is not null)
        {
            json["refresh_token"] = refreshToken;
        }

        if (scope is not null)
        {
            json["scope"] = scope;
        }

        return new FakeResponse(200, json.ToJsonString());
    }

    private string NewAccessToken(string scope, DateTimeOffset? expiresAt = null)
    {
        var token = "BQ" + NewRandom(60);
        AddSecret(token);
        lock (_lock)
        {
            _accessTokens[token] = new AccessTokenState(scope, expiresAt ?? _time.GetUtcNow().AddSeconds(AccessTokenLifetimeSeconds), Revoked: false, _accessTokens.Count);
        }

        return token;
    }

    private string NewRefreshToken(string scope)
    {
        var token = "AQ" + NewRandom(64);
        AddSecret(token);
        lock (_lock)
        {
            _refreshTokens[token] = scope;
        }

        return token;
    }

    /// <summary>Checks a bearer token; returns the granted scopes, or the 401 to send.</summary>
    private (string? Scope, FakeResponse? Error) Authenticate(string? bearer)
    {
        if (bearer is null)
        {
            return (null, FakeResponse.ApiError(401, "No token provided"));
        }

        AccessTokenState? state;
        lock (_lock)
        {
            state = _accessTokens.GetValueOrDefault(bearer);
        }

        if (state is null || state.Revoked)
        {
            return (null, FakeResponse.ApiError(401, "Invalid access token"));
        }

        if (state.ExpiresAt <= _time.GetUtcNow())
        {
            return (null, FakeResponse.Unauthorized());
        }

        return (state.Scope, null);
    }

    private static FakeResponse OAuthError(string error, string description) =>
        new(400, new JsonObject { ["error"] = error, ["error_description"] = description }.ToJsonString());

    private static (string ClientId, string Secret)? ParseBasic(string? header)
    {
        if (header is null || !header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? (decoded, string.Empty) : (decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return (string.Empty, string.Empty);
        }
    }

    private static string S256(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record PendingCode(string RedirectUri, string? CodeChallenge, string Scope);

    private sealed record AccessTokenState(string Scope, DateTimeOffset ExpiresAt, bool Revoked, int Sequence);
}
