using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Spotantic.Configuration;

namespace Spotantic.AspNetCore.Configuration;

/// <summary>
/// Checks a Spotify scheme at start-up: its app uses a user flow, no tokens go into the cookie, and the callback URL
/// Spotify will see (where it can be known before a request arrives) is one Spotify accepts.
/// </summary>
internal sealed class SpotifyAuthenticationOptionsValidation(IOptionsMonitor<SpotanticOptions> spotantic, IConfiguration? configuration = null)
    : IValidateOptions<SpotifyAuthenticationOptions>
{
    // Hosts that bind every interface say nothing about the host name browsers (and so Spotify) will see.
    private static readonly string[] WildcardHosts = ["*", "+", "0.0.0.0", "[::]"];

    public ValidateOptionsResult Validate(string? name, SpotifyAuthenticationOptions options)
    {
        if (options.SpotanticOptionsInvalid)
        {
            return ValidateOptionsResult.Skip;
        }

        var scheme = string.IsNullOrEmpty(name) ? SpotifyAuthenticationDefaults.AuthenticationScheme : name;
        if (options.SpotanticAppMissing)
        {
            return ValidateOptionsResult.Fail(options.SpotanticAppName is null
                ? $"The '{scheme}' authentication scheme signs in to the Spotantic app, but none is registered: call services.AddSpotantic(builder.Configuration) (client ID and scopes in Spotantic:Auth)."
                : $"The '{scheme}' authentication scheme signs in to the Spotantic app '{options.SpotanticAppName}' (SpotanticAppName), but no AddSpotantic(\"{options.SpotanticAppName}\", ...) registered it: register it, or correct the name.");
        }

        var errors = new List<string>();
        var app = spotantic.Get(options.SpotanticAppName ?? Options.DefaultName);
        var prefix = options.SpotanticAppName is null ? "Spotantic" : $"the section of Spotantic app '{options.SpotanticAppName}'";
        if (app.Auth.Flow == SpotifyAuthFlow.ClientCredentials)
        {
            errors.Add($"The '{scheme}' authentication scheme signs users in, but {prefix}:Auth:Flow is ClientCredentials, which has no user: set Flow to AuthorizationCodePkce (no client secret needed) or AuthorizationCode.");
        }

        if (options.SaveTokens)
        {
            errors.Add($"The '{scheme}' authentication scheme has SaveTokens on, which would put the Spotify access and refresh tokens into the authentication cookie: leave SaveTokens false; Spotantic keeps the tokens server-side in its ISpotifyTokenStore.");
        }

        if (!options.CallbackPath.HasValue)
        {
            errors.Add($"The '{scheme}' authentication scheme has no CallbackPath: leave the default {SpotifyAuthenticationDefaults.CallbackPath} or set a path such as /signin-spotify.");
        }
        else if (options.RedirectUri is { } redirectUri)
        {
            CheckConfiguredRedirectUri(scheme, redirectUri, options.CallbackPath.Value!, errors);
        }
        else
        {
            CheckListenUrls(scheme, options.CallbackPath.Value!, errors);
        }

        if (string.Equals(options.SignInScheme, scheme, StringComparison.Ordinal))
        {
            errors.Add($"The '{scheme}' authentication scheme cannot sign in to itself: set SignInScheme (or the default sign-in scheme) to a cookie scheme such as {CookieAuthenticationDefaults.AuthenticationScheme}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckConfiguredRedirectUri(string scheme, string redirectUri, string callbackPath, List<string> errors)
    {
        if (SpotanticOptionsValidator.CheckRedirectUri(redirectUri) is { } problem)
        {
            errors.Add($"The RedirectUri '{redirectUri}' of the '{scheme}' authentication scheme {problem}");
        }
        else if (!string.Equals(new Uri(redirectUri).AbsolutePath, callbackPath, StringComparison.Ordinal))
        {
            errors.Add($"The RedirectUri '{redirectUri}' of the '{scheme}' authentication scheme must end in its CallbackPath '{callbackPath}', where the handler receives Spotify's answer: make the two agree.");
        }
    }

    private void CheckListenUrls(string scheme, string callbackPath, List<string> errors)
    {
        // "urls" is what --urls, ASPNETCORE_URLS and launchSettings.json's applicationUrl set.
        var urls = configuration?["urls"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            return;
        }

        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var listen) || WildcardHosts.Any(host => url.Contains("://" + host, StringComparison.Ordinal)))
            {
                continue;
            }

            var callback = listen.GetLeftPart(UriPartial.Authority) + callbackPath;
            if (SpotanticOptionsValidator.CheckRedirectUri(callback) is { } problem)
            {
                errors.Add($"The app listens on '{url}' (configuration key 'urls'), so Spotify would be sent the callback '{callback}' of the '{scheme}' authentication scheme, which {problem} If a proxy in front of the app serves another address, set the scheme's RedirectUri to the public callback URL instead.");
            }
        }
    }
}
