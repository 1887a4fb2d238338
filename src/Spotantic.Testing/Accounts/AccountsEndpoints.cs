using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing.Accounts;

/// <summary>
/// The accounts service: <c>GET /authorize</c> (with an optional sign-in page, see <see cref="SignInEndpoints"/>, and
/// consent page) and <c>POST /api/token</c> for the authorization-code (secret or PKCE), refresh-token and
/// client-credentials grants. Token errors use the RFC 6749 body <c>{"error": ..., "error_description": ...}</c>.
/// </summary>
internal static class AccountsEndpoints
{
    private const string ConsentPath = "/authorize/consent";

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        app.MapGet("/authorize", (HttpContext http) => Authorize(http, state));
        app.MapPost(ConsentPath, SpotifyRouteExtensions.Async(http => DecideAsync(http, state)));
        app.MapPost("/api/token", SpotifyRouteExtensions.Async(http => TokenAsync(http, state)));
        SignInEndpoints.Map(app, state);
    }

    private static IResult Authorize(HttpContext http, EmulatorState state)
    {
        var query = http.Request.Query;
        var clientId = query["client_id"].ToString();
        if (string.IsNullOrEmpty(clientId) || !state.Apps.TryGetValue(clientId, out var app))
        {
            return ErrorPage("INVALID_CLIENT: Invalid client");
        }

        var redirectUri = query["redirect_uri"].ToString();
        switch (RedirectUriRules.Check(app, redirectUri))
        {
            case RedirectUriRules.Verdict.Insecure:
                return ErrorPage("INVALID_CLIENT: Insecure redirect URI");
            case RedirectUriRules.Verdict.Missing:
            case RedirectUriRules.Verdict.Malformed:
            case RedirectUriRules.Verdict.NotRegistered:
                return ErrorPage("INVALID_CLIENT: Invalid redirect URI");
        }

        // From here on the redirect URI is trusted, so errors go back to the app (RFC 6749 section 4.1.2.1).
        var stateParameter = query.ContainsKey("state") ? query["state"].ToString() : null;
        if (!string.Equals(query["response_type"].ToString(), "code", StringComparison.Ordinal))
        {
            return RedirectError(redirectUri, stateParameter, "unsupported_response_type", "response_type must be code");
        }

        var scopes = SpotifyScopes.Parse(query["scope"].ToString());
        if (scopes.Any(s => !SpotifyScopes.All.Contains(s)))
        {
            return RedirectError(redirectUri, stateParameter, "invalid_scope", "Invalid scope");
        }

        var method = query["code_challenge_method"].ToString();
        var challenge = query["code_challenge"].ToString();
        if (challenge.Length > 0 || method.Length > 0)
        {
            if (!string.Equals(method, "S256", StringComparison.Ordinal))
            {
                return RedirectError(redirectUri, stateParameter, "invalid_request", "code_challenge_method must be S256");
            }

            if (!Pkce.IsWellFormedChallenge(challenge))
            {
                return RedirectError(redirectUri, stateParameter, "invalid_request", "code_challenge must be a base64url SHA-256 hash");
            }
        }

        // Only a valid request reaches the sign-in page, as on Spotify, so a broken app link never asks the user to log in.
        string userId;
        string? sessionId = null;
        if (state.Accounts.SignIn == EmulatorSignInMode.SignInPage)
        {
            sessionId = SignInEndpoints.SessionIdOf(http);
            var sessionUser = SignInEndpoints.UserOf(sessionId, state);
            if (sessionUser is null)
            {
                return SignInEndpoints.RedirectToLogin(http);
            }

            userId = sessionUser;
        }
        else
        {
            userId = state.Accounts.SignedInUserId;
        }

        var granted = new HashSet<string>(scopes, StringComparer.Ordinal);
        var codeChallenge = challenge.Length > 0 ? challenge : null;
        switch (state.Accounts.Consent)
        {
            case ConsentMode.Deny:
                return RedirectError(redirectUri, stateParameter, "access_denied", null);
            case ConsentMode.ShowConsentPage:
                var requestId = state.Tokens.AddPendingConsent(new PendingConsent
                {
                    ClientId = app.ClientId,
                    UserId = userId,
                    RedirectUri = redirectUri,
                    Scopes = granted,
                    State = stateParameter,
                    CodeChallenge = codeChallenge,
                    SessionId = sessionId,
                    ExpiresAt = state.Clock.GetUtcNow() + state.Accounts.AuthorizationCodeLifetime,
                });
                var switchUser = sessionId is null ? null : SignInEndpoints.LogoutUrl(http.Request.Path.Value + http.Request.QueryString.Value);
                return ConsentPage(app.ClientId, state.FindUser(userId)?.DisplayName ?? userId, scopes, requestId, switchUser);
            default:
                return RedirectWithCode(state, app.ClientId, userId, redirectUri, granted, codeChallenge, stateParameter);
        }
    }

    private static async Task<IResult> DecideAsync(HttpContext http, EmulatorState state)
    {
        if (!http.Request.HasFormContentType)
        {
            return ErrorPage("INVALID_REQUEST: Expected a form");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var pending = state.Tokens.TakePendingConsent(form["request_id"].ToString());
        if (pending is null || pending.ExpiresAt <= state.Clock.GetUtcNow())
        {
            return ErrorPage("INVALID_REQUEST: The authorization request expired or was already answered");
        }

        // A page shown to a signed-in browser is answered only by that browser while it stays signed in as that user.
        if (pending.SessionId is not null
            && (!string.Equals(SignInEndpoints.SessionIdOf(http), pending.SessionId, StringComparison.Ordinal)
                || !string.Equals(SignInEndpoints.UserOf(pending.SessionId, state), pending.UserId, StringComparison.Ordinal)))
        {
            return ErrorPage("INVALID_REQUEST: The sign-in session ended; start the authorization again");
        }

        return string.Equals(form["decision"].ToString(), "approve", StringComparison.Ordinal)
            ? RedirectWithCode(state, pending.ClientId, pending.UserId, pending.RedirectUri, pending.Scopes, pending.CodeChallenge, pending.State)
            : RedirectError(pending.RedirectUri, pending.State, "access_denied", null);
    }

    private static IResult RedirectWithCode(EmulatorState state, string clientId, string userId, string redirectUri, IReadOnlySet<string> scopes, string? codeChallenge, string? stateParameter)
    {
        var code = state.Tokens.IssueCode(clientId, userId, redirectUri, scopes, codeChallenge, state.Clock.GetUtcNow() + state.Accounts.AuthorizationCodeLifetime);
        var parameters = new List<KeyValuePair<string, string>> { new("code", code.Code) };
        if (stateParameter is not null)
        {
            parameters.Add(new("state", stateParameter));
        }

        return Results.Redirect(AppendQuery(redirectUri, parameters));
    }

    private static IResult RedirectError(string redirectUri, string? stateParameter, string error, string? description)
    {
        var parameters = new List<KeyValuePair<string, string>> { new("error", error) };
        if (description is not null)
        {
            parameters.Add(new("error_description", description));
        }

        if (stateParameter is not null)
        {
            parameters.Add(new("state", stateParameter));
        }

        return Results.Redirect(AppendQuery(redirectUri, parameters));
    }

    private static string AppendQuery(string uri, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var builder = new StringBuilder(uri);
        var separator = uri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (key, value) in parameters)
        {
            builder.Append(separator).Append(key).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return builder.ToString();
    }

    private static async Task<IResult> TokenAsync(HttpContext http, EmulatorState state)
    {
        if (!http.Request.HasFormContentType)
        {
            return TokenError("unsupported_grant_type", "grant_type parameter is missing");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return TokenError("unsupported_grant_type", "grant_type parameter is missing");
        }

        if (grantType is not ("authorization_code" or "refresh_token" or "client_credentials"))
        {
            return TokenError("unsupported_grant_type", "grant_type must be client_credentials, authorization_code or refresh_token");
        }

        var client = AuthenticateClient(http, form, state);
        if (client.Error is not null)
        {
            return client.Error;
        }

        return grantType switch
        {
            "authorization_code" => ExchangeCode(form, state, client.App!, client.HasSecret),
            "refresh_token" => Refresh(form, state, client.App!, client.HasSecret),
            _ => client.HasSecret
                ? ClientCredentials(state, client.App!)
                : TokenError("invalid_client", "Invalid client secret"),
        };
    }

    private static (EmulatorApp? App, bool HasSecret, IResult? Error) AuthenticateClient(HttpContext http, IFormCollection form, EmulatorState state)
    {
        string? clientId = null;
        string? secret = null;
        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            if (!TryParseBasic(authorization, out clientId, out secret))
            {
                return (null, false, TokenError("invalid_client", "Invalid client"));
            }
        }
        else
        {
            clientId = form["client_id"].ToString();
            secret = form.ContainsKey("client_secret") ? form["client_secret"].ToString() : null;
        }

        if (string.IsNullOrEmpty(clientId) || !state.Apps.TryGetValue(clientId, out var app))
        {
            return (null, false, TokenError("invalid_client", "Invalid client"));
        }

        if (secret is not null && !string.Equals(secret, app.ClientSecret, StringComparison.Ordinal))
        {
            return (null, false, TokenError("invalid_client", "Invalid client secret"));
        }

        return (app, secret is not null, null);
    }

    private static bool TryParseBasic(string header, out string? clientId, out string? secret)
    {
        clientId = null;
        secret = null;
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return false;
            }

            clientId = decoded[..colon];
            secret = decoded[(colon + 1)..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static AccountsJsonResult ExchangeCode(IFormCollection form, EmulatorState state, EmulatorApp app, bool hasSecret)
    {
        var codeValue = form["code"].ToString();
        if (codeValue.Length == 0)
        {
            return TokenError("invalid_request", "code must be supplied");
        }

        var code = state.Tokens.FindCode(codeValue);
        if (code is null || !string.Equals(code.ClientId, app.ClientId, StringComparison.Ordinal))
        {
            return TokenError("invalid_grant", "Invalid authorization code");
        }

        if (code.ExpiresAt <= state.Clock.GetUtcNow())
        {
            return TokenError("invalid_grant", "Authorization code expired");
        }

        if (!string.Equals(form["redirect_uri"].ToString(), code.RedirectUri, StringComparison.Ordinal))
        {
            return TokenError("invalid_grant", "Invalid redirect URI");
        }

        var verifier = form["code_verifier"].ToString();
        if (code.CodeChallenge is not null)
        {
            if (verifier.Length == 0)
            {
                return TokenError("invalid_request", "code_verifier required");
            }

            if (!Pkce.IsWellFormedVerifier(verifier) || !Pkce.Matches(verifier, code.CodeChallenge))
            {
                return TokenError("invalid_grant", "code_verifier was incorrect");
            }
        }
        else if (!hasSecret)
        {
            // Without PKCE the code flow is for confidential clients only.
            return TokenError("invalid_client", "Invalid client secret");
        }

        if (!code.TryRedeem())
        {
            return TokenError("invalid_grant", "Invalid authorization code");
        }

        var issuedToPublicClient = code.CodeChallenge is not null && !hasSecret;
        var (access, refresh) = state.Accounts.IssueForUser(app.ClientId, code.UserId, code.Scopes, issuedToPublicClient, state.Clock.GetUtcNow());
        return TokenResponse(state, access, refresh.Token, "Bearer");
    }

    private static AccountsJsonResult Refresh(IFormCollection form, EmulatorState state, EmulatorApp app, bool hasSecret)
    {
        var tokenValue = form["refresh_token"].ToString();
        if (tokenValue.Length == 0)
        {
            return TokenError("invalid_request", "refresh_token must be supplied");
        }

        var refresh = state.Tokens.FindRefreshToken(tokenValue);
        if (refresh is null || !string.Equals(refresh.ClientId, app.ClientId, StringComparison.Ordinal))
        {
            return TokenError("invalid_grant", "Invalid refresh token");
        }

        if (!refresh.IssuedToPublicClient && !hasSecret)
        {
            return TokenError("invalid_client", "Invalid client secret");
        }

        if (refresh.IsRevoked)
        {
            return TokenError("invalid_grant", "Refresh token revoked");
        }

        var now = state.Clock.GetUtcNow();
        if (refresh.ExpiresAt is { } expiresAt && expiresAt <= now)
        {
            return TokenError("invalid_grant", "Refresh token expired");
        }

        var access = state.Tokens.IssueAccessToken(app.ClientId, refresh.UserId, refresh.Scopes, now + state.Accounts.AccessTokenLifetime);
        string? newRefreshToken = null;
        if (state.Accounts.RefreshTokenRotation == RefreshTokenRotation.Rotate)
        {
            refresh.Revoke();
            newRefreshToken = state.Tokens.IssueRefreshToken(app.ClientId, refresh.UserId, refresh.Scopes, refresh.IssuedToPublicClient, refresh.AuthorizedAt, refresh.ExpiresAt).Token;
        }

        return TokenResponse(state, access, newRefreshToken, "Bearer");
    }

    private static AccountsJsonResult ClientCredentials(EmulatorState state, EmulatorApp app)
    {
        var access = state.Accounts.IssueClientToken(app.ClientId);

        // "Bearer" as for every grant: captured responses and Spotify's field table say so (only the client-credentials
        // example in its docs spells it "bearer"), and the Python library accepts nothing else.
        return TokenResponse(state, access, null, "Bearer");
    }

    private static AccountsJsonResult TokenResponse(EmulatorState state, AccessTokenRecord access, string? refreshToken, string tokenType)
    {
        var expiresIn = (long)Math.Ceiling((access.ExpiresAt - state.Clock.GetUtcNow()).TotalSeconds);
        return new AccountsJsonResult(StatusCodes.Status200OK, writer =>
        {
            writer.WriteString("access_token", access.Token);
            writer.WriteString("token_type", tokenType);
            if (access.IsUserToken)
            {
                writer.WriteString("scope", string.Join(' ', access.Scopes.Order(StringComparer.Ordinal)));
            }

            writer.WriteNumber("expires_in", expiresIn);
            if (refreshToken is not null)
            {
                writer.WriteString("refresh_token", refreshToken);
            }
        });
    }

    private static AccountsJsonResult TokenError(string error, string description) =>
        new AccountsJsonResult(StatusCodes.Status400BadRequest, writer =>
        {
            writer.WriteString("error", error);
            writer.WriteString("error_description", description);
        });

    private static IResult ErrorPage(string message) => AccountsHtml.Error(message);

    private static IResult ConsentPage(string clientId, string displayName, IEnumerable<string> scopes, string requestId, string? switchUserUrl)
    {
        var scopeItems = string.Concat(scopes.Select(s => $"<li>{WebUtility.HtmlEncode(s)}</li>"));
        var id = WebUtility.HtmlEncode(requestId);
        var switchUser = switchUserUrl is null ? string.Empty : $" <a id=\"switch-user\" href=\"{WebUtility.HtmlEncode(switchUserUrl)}\">Not you?</a>";
        var html = string.Create(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html>
            <head><title>Authorize {WebUtility.HtmlEncode(clientId)}</title></head>
            <body>
            <h1>{WebUtility.HtmlEncode(clientId)} wants to access the account of {WebUtility.HtmlEncode(displayName)}</h1>
            <p id="signed-in-user">Signed in as {WebUtility.HtmlEncode(displayName)}.{switchUser}</p>
            <ul id="scopes">{scopeItems}</ul>
            <form method="post" action="{ConsentPath}"><input type="hidden" name="request_id" value="{id}"><input type="hidden" name="decision" value="approve"><button id="approve" type="submit">Agree</button></form>
            <form method="post" action="{ConsentPath}"><input type="hidden" name="request_id" value="{id}"><input type="hidden" name="decision" value="deny"><button id="deny" type="submit">Cancel</button></form>
            </body>
            </html>
            """);
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status200OK);
    }

    /// <summary>A JSON object response of the accounts service, never cached.</summary>
    private sealed class AccountsJsonResult(int status, Action<Utf8JsonWriter> writeProperties) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var body = SpotifyJson.Serialize(writer =>
            {
                writer.WriteStartObject();
                writeProperties(writer);
                writer.WriteEndObject();
            });
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "application/json";
            httpContext.Response.Headers.CacheControl = "no-store";
            httpContext.Response.Headers.Pragma = "no-cache";
            httpContext.Response.ContentLength = body.Length;
            await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
