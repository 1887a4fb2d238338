using System.Net;
using Spotantic.Http;

namespace Spotantic.Configuration;

/// <summary>
/// The rules a <see cref="SpotanticOptions"/> must satisfy. Each failure names the configuration key and says how
/// to fix it, so a bad configuration fails at start-up rather than at the first call.
/// </summary>
public static class SpotanticOptionsValidator
{
    /// <summary>Checks the options and returns every problem found (empty when they are valid).</summary>
    /// <param name="options">The options.</param>
    /// <returns>One message per problem.</returns>
    public static IReadOnlyList<string> Validate(SpotanticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        ValidateAuth(options.Auth, errors);
        ValidateClient(options.Client, errors);
        return errors;
    }

    private static void ValidateAuth(SpotanticAuthOptions? auth, List<string> errors)
    {
        if (auth is null)
        {
            errors.Add("Spotantic:Auth is missing.");
            return;
        }

        if (string.IsNullOrWhiteSpace(auth.ClientId))
        {
            errors.Add("Spotantic:Auth:ClientId is required: set it to your app's Client ID from the Spotify Developer Dashboard (or SPOTANTIC_AUTH_CLIENT_ID).");
        }

        if (auth.Flow is SpotifyAuthFlow.ClientCredentials or SpotifyAuthFlow.AuthorizationCode && string.IsNullOrWhiteSpace(auth.ClientSecret))
        {
            errors.Add($"Spotantic:Auth:ClientSecret is required for the {auth.Flow} flow: set it to your app's Client Secret (or SPOTANTIC_AUTH_CLIENT_SECRET), or use Flow=AuthorizationCodePkce, which needs no secret.");
        }

        if (!Enum.IsDefined(auth.Flow))
        {
            errors.Add($"Spotantic:Auth:Flow '{auth.Flow}' is not a flow: use ClientCredentials, AuthorizationCode or AuthorizationCodePkce.");
        }

        if (auth.Flow is SpotifyAuthFlow.AuthorizationCode or SpotifyAuthFlow.AuthorizationCodePkce)
        {
            if (string.IsNullOrWhiteSpace(auth.RedirectUri))
            {
                errors.Add($"Spotantic:Auth:RedirectUri is required for the {auth.Flow} flow: set it to a redirect URI registered for your app, e.g. {SpotanticAuthOptions.DefaultRedirectUri}.");
            }
            else if (CheckRedirectUri(auth.RedirectUri) is { } problem)
            {
                errors.Add($"Spotantic:Auth:RedirectUri '{auth.RedirectUri}' {problem}");
            }
        }

        var unknown = SpotifyScopes.Parse(auth.Scope).Where(scope => !SpotifyScopes.All.Contains(scope)).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            errors.Add($"Spotantic:Auth:Scope contains unknown scope(s) {string.Join(", ", unknown.Select(s => $"'{s}'"))}: use space-separated Spotify scopes such as 'user-library-read playlist-read-private'.");
        }

        if (string.IsNullOrWhiteSpace(auth.AccessTokenFilePath))
        {
            errors.Add($"Spotantic:Auth:AccessTokenFilePath must not be empty: set a file path, or leave it out for the default '{SpotanticAuthOptions.DefaultAccessTokenFilePath}'.");
        }

        if (auth.RefreshMargin < TimeSpan.Zero || auth.RefreshMargin > TimeSpan.FromMinutes(30))
        {
            errors.Add("Spotantic:Auth:RefreshMargin must be between 00:00:00 and 00:30:00.");
        }

        if (auth.TokenManagerIdleTimeout < TimeSpan.FromSeconds(1))
        {
            errors.Add("Spotantic:Auth:TokenManagerIdleTimeout must be at least 00:00:01, e.g. 00:10:00.");
        }

        if (auth.AuthorizationTimeout <= TimeSpan.Zero)
        {
            errors.Add("Spotantic:Auth:AuthorizationTimeout must be positive, e.g. 00:05:00.");
        }
    }

    /// <summary>Returns why Spotify would refuse a redirect URI, or <see langword="null"/> if it is acceptable.</summary>
    /// <param name="redirectUri">The redirect URI.</param>
    /// <returns>The problem, phrased to follow the URI in a message.</returns>
    public static string? CheckRedirectUri(string redirectUri)
    {
        // On Unix a bare path such as "/callback" parses as an absolute file: URI; it is no redirect URI either.
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            return "is not an absolute URI: use e.g. " + SpotanticAuthOptions.DefaultRedirectUri + ".";
        }

        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return "uses 'localhost', which Spotify refuses since November 2025: use the loopback IP literal, e.g. http://127.0.0.1:" + (uri.IsDefaultPort ? 8000 : uri.Port) + uri.AbsolutePath + ".";
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopbackLiteral(uri))
        {
            return "uses plain http on a non-loopback host, which Spotify refuses: use https, or http on 127.0.0.1 or [::1].";
        }

        if (!string.IsNullOrEmpty(uri.Fragment))
        {
            return "has a fragment, which OAuth redirect URIs must not have.";
        }

        return null;
    }

    private static bool IsLoopbackLiteral(Uri uri) =>
        uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 &&
        IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address);

    private static void ValidateClient(SpotanticClientOptions? client, List<string> errors)
    {
        if (client is null)
        {
            errors.Add("Spotantic:Client is missing.");
            return;
        }

        if (client.MaxAttempts < 1)
        {
            errors.Add($"Spotantic:Client:MaxAttempts must be at least 1 (1 means no retries); got {client.MaxAttempts}.");
        }

        CheckAddress(client.ApiBaseAddress, "Spotantic:Client:ApiBaseAddress", errors);
        CheckAddress(client.AccountsBaseAddress, "Spotantic:Client:AccountsBaseAddress", errors);

        if (client.AttemptTimeout <= TimeSpan.Zero)
        {
            errors.Add("Spotantic:Client:AttemptTimeout must be positive, e.g. 00:00:10.");
        }

        if (client.TotalTimeout <= TimeSpan.Zero || client.TotalTimeout < client.AttemptTimeout)
        {
            errors.Add("Spotantic:Client:TotalTimeout must be positive and at least Spotantic:Client:AttemptTimeout.");
        }

        if (client.MaxRetryAfter < TimeSpan.Zero)
        {
            errors.Add("Spotantic:Client:MaxRetryAfter must not be negative (00:00:00 never waits out a 429).");
        }

        if (client.RetryBaseDelay < TimeSpan.Zero)
        {
            errors.Add("Spotantic:Client:RetryBaseDelay must not be negative.");
        }
    }

    private static void CheckAddress(Uri? address, string key, List<string> errors)
    {
        if (address is null || !address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{key} must be an absolute http(s) URI; got '{address}'.");
        }
    }
}
