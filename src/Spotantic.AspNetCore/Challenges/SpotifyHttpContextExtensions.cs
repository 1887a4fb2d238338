using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spotantic.Exceptions;
using Spotantic.AspNetCore;
using Spotantic.Auth;

namespace Microsoft.AspNetCore.Http;

/// <summary>Sends the browser to Spotify from a request: sign-in, or consent to more scopes.</summary>
public static class SpotifyHttpContextExtensions
{
    /// <summary>
    /// Challenges the Spotify scheme: the browser goes to Spotify's authorize page and comes back to
    /// <paramref name="returnUrl"/> signed in. With <paramref name="additionalScopes"/>, the authorize request asks for
    /// the configured scopes, those the user's current token already has and the additional ones (incremental consent);
    /// the new token then replaces the stored one.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="additionalScopes">Scopes to ask for beyond the configured <c>Spotantic:Auth:Scope</c>, e.g. <c>user-read-playback-state</c>.</param>
    /// <param name="returnUrl">Where to come back to; defaults to the current URL for GET and HEAD, else to a same-site referrer or the app's root.</param>
    /// <param name="authenticationScheme">The Spotify scheme; defaults to <see cref="SpotifyAuthenticationDefaults.AuthenticationScheme"/>.</param>
    /// <returns>A task that completes when the challenge is written.</returns>
    public static async Task ChallengeSpotifyAsync(
        this HttpContext context,
        IEnumerable<string>? additionalScopes = null,
        string? returnUrl = null,
        string authenticationScheme = SpotifyAuthenticationDefaults.AuthenticationScheme)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(authenticationScheme);
        var properties = new OAuthChallengeProperties { RedirectUri = SpotifyReturnUrls.LocalOrRoot(returnUrl ?? ReturnUrlOf(context)) };
        var extra = additionalScopes?.Where(scope => !string.IsNullOrWhiteSpace(scope)).ToArray() ?? [];
        if (extra.Length > 0)
        {
            var options = context.RequestServices.GetRequiredService<IOptionsMonitor<SpotifyAuthenticationOptions>>().Get(authenticationScheme);
            var scopes = new SortedSet<string>(options.Scope, StringComparer.Ordinal);
            scopes.UnionWith(await GrantedScopesAsync(context, options.SpotanticAppName).ConfigureAwait(false));
            scopes.UnionWith(extra);
            properties.SetScope([.. scopes]);
        }

        await context.ChallengeAsync(authenticationScheme, properties).ConfigureAwait(false);
    }

    /// <summary>The scopes of the current user's token, so that consenting to more does not drop any granted before.</summary>
    private static async Task<IEnumerable<string>> GrantedScopesAsync(HttpContext context, string? appName)
    {
        var key = context.RequestServices.GetRequiredService<ISpotifyTokenKeyAccessor>().TokenKey;
        if (key.StartsWith(SpotifyAuthenticationDefaults.AnonymousTokenKey, StringComparison.Ordinal))
        {
            return [];
        }

        try
        {
            var token = await SpotifyAppServices.GetTokenManagerProvider(context.RequestServices, appName).GetManager(key).GetTokenAsync(context.RequestAborted).ConfigureAwait(false);
            return token.GrantedScopes;
        }
        catch (SpotanticException)
        {
            // No usable token: the consent asks for the configured and additional scopes only.
            return [];
        }
    }

    private static string ReturnUrlOf(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return request.PathBase + request.Path + request.QueryString;
        }

        // A form post cannot be repeated by the redirect back, which is a GET: return to the page the form was on.
        if (Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referrer)
            && string.Equals(referrer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && string.Equals(referrer.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return referrer.PathAndQuery;
        }

        return request.PathBase.HasValue ? request.PathBase.Value! : "/";
    }
}
