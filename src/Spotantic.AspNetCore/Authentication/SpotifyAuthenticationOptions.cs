using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Http;

namespace Spotantic.AspNetCore;

/// <summary>
/// Options of the Spotify authentication scheme. <see cref="OAuthOptions.ClientId"/>, <see cref="OAuthOptions.ClientSecret"/>,
/// <see cref="OAuthOptions.Scope"/> and the endpoints are always taken from the Spotantic options
/// (<c>Spotantic:Auth</c> and <c>Spotantic:Client</c>, or those of <see cref="SpotanticAppName"/>): values set here are overwritten.
/// </summary>
/// <remarks>
/// Tokens are kept server-side in the app's <c>ISpotifyTokenStore</c>, never in the authentication cookie, so
/// <see cref="RemoteAuthenticationOptions.SaveTokens"/> must stay <see langword="false"/> (start-up validation fails otherwise).
/// A sign-in the user declines answers 403 and one that fails (state or correlation check, a refused code) 400, each
/// with a short page linking back; set <see cref="RemoteAuthenticationOptions.AccessDeniedPath"/> or
/// <c>Events.OnAccessDenied</c> / <c>Events.OnRemoteFailure</c> for the app's own.
/// </remarks>
public sealed class SpotifyAuthenticationOptions : OAuthOptions
{
    // OAuthOptions.Validate insists on a client secret, which the PKCE flow does not have.
    private const string PkceSecretPlaceholder = "pkce";

    /// <summary>Initializes the options with Spotify's defaults: PKCE, <c>/signin-spotify</c>, no tokens in the cookie.</summary>
    public SpotifyAuthenticationOptions()
    {
        CallbackPath = SpotifyAuthenticationDefaults.CallbackPath;
        UsePkce = true;
        SaveTokens = false;

        // Spotify always comes back with a top-level GET redirect, which carries Lax cookies; the framework's
        // SameSite=None requires Secure, which would break the plain-http loopback callback Spotify allows for development.
        // Over https the cookie is still Secure.
        CorrelationCookie.SameSite = SameSiteMode.Lax;
        CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        ClaimActions.MapJsonKey(ClaimTypes.NameIdentifier, "id");
        ClaimActions.MapJsonKey(SpotifyClaimTypes.UserId, "id");
        ClaimActions.MapCustomJson(ClaimTypes.Name, user => ReadString(user, "display_name") ?? ReadString(user, "id"));
        ClaimActions.MapJsonKey(SpotifyClaimTypes.AccountId, "account_id");
        Events.OnAccessDenied = SpotifySignInFailurePage.OnAccessDenied;
        Events.OnRemoteFailure = SpotifySignInFailurePage.OnRemoteFailure;
    }

    /// <summary>
    /// The name of the Spotantic app (<c>AddSpotantic(name, ...)</c>) this scheme signs in to, or <see langword="null"/>
    /// (the default) for the unnamed <c>AddSpotantic</c>.
    /// </summary>
    public string? SpotanticAppName { get; set; }

    /// <summary>
    /// The absolute callback URL sent to Spotify as <c>redirect_uri</c>, e.g. <c>https://app.example.com/signin-spotify</c>.
    /// Leave it <see langword="null"/> (the default) to build it from the request (scheme, host, path base and
    /// <see cref="RemoteAuthenticationOptions.CallbackPath"/>); set it behind a proxy that changes the scheme or host.
    /// Its path must be the <see cref="RemoteAuthenticationOptions.CallbackPath"/>.
    /// </summary>
    public string? RedirectUri { get; set; }

    /// <summary>Whether the Spotantic options this scheme reads failed their own validation, which then reports the problem.</summary>
    internal bool SpotanticOptionsInvalid { get; set; }

    /// <summary>Whether no <c>AddSpotantic</c> registered the app this scheme names, which the validation then reports.</summary>
    internal bool SpotanticAppMissing { get; set; }

    /// <inheritdoc />
    public override void Validate()
    {
        if (SpotanticOptionsInvalid || SpotanticAppMissing)
        {
            return;
        }

        if (!UsePkce || !string.IsNullOrEmpty(ClientSecret))
        {
            base.Validate();
            return;
        }

        var secret = ClientSecret;
        ClientSecret = PkceSecretPlaceholder;
        try
        {
            base.Validate();
        }
        finally
        {
            ClientSecret = secret;
        }
    }

    private static string? ReadString(JsonElement user, string property) =>
        user.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
