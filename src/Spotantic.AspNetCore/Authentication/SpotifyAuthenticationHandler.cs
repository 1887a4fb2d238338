using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic.Auth;

namespace Spotantic.AspNetCore;

/// <summary>
/// Signs a user in with Spotify (authorization code with PKCE, or with the client secret), reads the profile from
/// <c>GET /me</c> and stores the user's token server-side under the user's token key (<see cref="SpotifyClaimTypes.TokenKey"/>).
/// The ticket, and so the cookie, carries claims only.
/// </summary>
public sealed class SpotifyAuthenticationHandler : OAuthHandler<SpotifyAuthenticationOptions>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The scheme options.</param>
    /// <param name="logger">The logger factory.</param>
    /// <param name="encoder">The URL encoder.</param>
    public SpotifyAuthenticationHandler(IOptionsMonitor<SpotifyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : base(options, logger, encoder)
    {
    }

    // The scopes asked for, kept in the (protected) state: what the token holds when Spotify's answer omits "scope".
    private const string RequestedScopeItem = ".spotantic.scope";

    /// <inheritdoc />
    protected override string BuildChallengeUrl(AuthenticationProperties properties, string redirectUri)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var requested = properties.GetParameter<ICollection<string>>(OAuthChallengeProperties.ScopeKey) ?? Options.Scope;
        properties.Items[RequestedScopeItem] = string.Join(' ', requested);
        return base.BuildChallengeUrl(properties, Options.RedirectUri ?? redirectUri);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Sent by hand rather than by the base class, which always posts a <c>client_secret</c> field: an empty one,
    /// with PKCE, is a wrong secret to Spotify. A confidential client authenticates with HTTP Basic, as Spotify documents.
    /// </remarks>
    protected override async Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["grant_type"] = "authorization_code",
            ["code"] = context.Code,
            // Must repeat the redirect_uri of the authorize request exactly.
            ["redirect_uri"] = Options.RedirectUri ?? context.RedirectUri,
        };

        // The verifier must not survive into the ticket's properties, which end up in the cookie.
        if (context.Properties.Items.Remove(OAuthConstants.CodeVerifierKey, out var verifier) && verifier is not null)
        {
            parameters["code_verifier"] = verifier;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Options.TokenEndpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (string.IsNullOrEmpty(Options.ClientSecret))
        {
            parameters["client_id"] = Options.ClientId;
        }
        else
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(Options.ClientId + ":" + Options.ClientSecret));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }

        request.Content = new FormUrlEncodedContent(parameters);
        using var response = await Backchannel.SendAsync(request, Context.RequestAborted).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            try
            {
                return OAuthTokenResponse.Success(await ParseAsync(response, "the token endpoint").ConfigureAwait(false));
            }
            catch (AuthenticationFailureException ex)
            {
                return OAuthTokenResponse.Failed(ex);
            }
        }

        var body = await response.Content.ReadAsStringAsync(Context.RequestAborted).ConfigureAwait(false);

        return OAuthTokenResponse.Failed(new AuthenticationFailureException(
            $"Spotify's token endpoint refused the authorization code ({(int)response.StatusCode}{DescribeError(body)})."));
    }

    /// <inheritdoc />
    protected override async Task<AuthenticationTicket> CreateTicketAsync(ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(tokens);
        if (string.IsNullOrEmpty(tokens.AccessToken))
        {
            throw new AuthenticationFailureException("Spotify's token response has no access_token.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, Options.UserInformationEndpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        using var response = await Backchannel.SendAsync(request, Context.RequestAborted).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new AuthenticationFailureException($"Spotify's GET /me failed with {(int)response.StatusCode}; the user could not be identified.");
        }

        using var profile = await ParseAsync(response, "GET /me").ConfigureAwait(false);
        var user = profile.RootElement;
        var userId = ReadString(user, "id") ?? throw new AuthenticationFailureException("Spotify's GET /me returned no user id.");
        // Prefixed, so that no Spotify ID can ever equal another key: a user whose ID is "default" must not act as the
        // app's own key that hosted services use.
        var tokenKey = ReadString(user, "account_id") is { } accountId
            ? SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + accountId
            : SpotifyAuthenticationDefaults.UserTokenKeyPrefix + userId;
        if (tokenKey.Length > 512)
        {
            throw new AuthenticationFailureException("Spotify's GET /me returned an ID too long to be a token key.");
        }

        var context = new OAuthCreatingTicketContext(new ClaimsPrincipal(identity), properties, Context, Scheme, Options, Backchannel, tokens, user);
        context.RunClaimActions();
        identity.AddClaim(new Claim(SpotifyClaimTypes.TokenKey, tokenKey, ClaimValueTypes.String, ClaimsIssuer));
        await Events.CreatingTicket(context).ConfigureAwait(false);

        // Stored only once the events have accepted the ticket, so a refused sign-in leaves no token behind.
        var provider = SpotifyAppServices.GetTokenManagerProvider(Context.RequestServices, Options.SpotanticAppName);
        await provider.GetManager(tokenKey).SetTokenAsync(ToSpotifyToken(tokens, context.Properties), Context.RequestAborted).ConfigureAwait(false);
        return new AuthenticationTicket(context.Principal!, context.Properties, Scheme.Name);
    }

    // A malformed answer from Spotify is a failed sign-in with a reason, never an unhandled JsonException.
    private async Task<JsonDocument> ParseAsync(HttpResponseMessage response, string what)
    {
        try
        {
            var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(Context.RequestAborted).ConfigureAwait(false));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new AuthenticationFailureException($"Spotify's answer from {what} is not a JSON object.");
            }

            return document;
        }
        catch (JsonException ex)
        {
            throw new AuthenticationFailureException($"Spotify's answer from {what} is not valid JSON.", ex);
        }
    }

    private SpotifyToken ToSpotifyToken(OAuthTokenResponse tokens, AuthenticationProperties properties)
    {
        var expiresIn = int.TryParse(tokens.ExpiresIn, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : 3600;

        // Spotify's answer says what the user granted, which may be less than was asked for, or nothing (an empty
        // string). Only when it says nothing at all does the token hold what this sign-in asked for.
        properties.Items.Remove(RequestedScopeItem, out var requested);
        var granted = tokens.Response is { } json
            && json.RootElement.TryGetProperty("scope", out var scope)
            && scope.ValueKind == JsonValueKind.String
            ? scope.GetString()!
            : requested ?? string.Join(' ', Options.Scope);
        return new SpotifyToken
        {
            AccessToken = tokens.AccessToken!,
            TokenType = string.IsNullOrEmpty(tokens.TokenType) ? "Bearer" : tokens.TokenType,
            Scope = granted,
            ExpiresIn = expiresIn,
            RefreshToken = string.IsNullOrEmpty(tokens.RefreshToken) ? null : tokens.RefreshToken,
            ExpiresAt = TimeProvider.GetUtcNow().ToUnixTimeSeconds() + expiresIn,
        };
    }

    private static string DescribeError(string body)
    {
        // Spotify's error body (RFC 6749) names the error, never a secret; anything else is not echoed.
        try
        {
            using var error = JsonDocument.Parse(body);
            return ReadString(error.RootElement, "error") is { } code
                ? ": " + code + (ReadString(error.RootElement, "error_description") is { } description ? " - " + description : string.Empty)
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    private static string? ReadString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
