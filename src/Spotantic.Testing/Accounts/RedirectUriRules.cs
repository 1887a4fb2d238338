using System.Net;

namespace Spotantic.Testing.Accounts;

/// <summary>
/// Spotify's redirect URI rules, enforced for all apps since 27 Nov 2025: https, or http on a loopback IP literal only
/// (<c>localhost</c> is refused); custom schemes are allowed. A registered loopback URI without a port matches any port.
/// </summary>
internal static class RedirectUriRules
{
    public enum Verdict
    {
        Allowed,
        Missing,
        Malformed,
        Insecure,
        NotRegistered,
    }

    public static Verdict Check(EmulatorApp app, string? redirectUri)
    {
        if (string.IsNullOrEmpty(redirectUri))
        {
            return Verdict.Missing;
        }

        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri))
        {
            return Verdict.Malformed;
        }

        if (!IsSecure(uri))
        {
            return Verdict.Insecure;
        }

        if (app.AllowAnyLoopbackRedirect && IsHttpLoopbackLiteral(uri))
        {
            return Verdict.Allowed;
        }

        return app.RedirectUris.Any(registered => Matches(registered, redirectUri, uri)) ? Verdict.Allowed : Verdict.NotRegistered;
    }

    public static bool IsSecure(Uri uri)
    {
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase) ||
            uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return true;
        }

        if (uri.Scheme == Uri.UriSchemeHttp)
        {
            return IsHttpLoopbackLiteral(uri);
        }

        // Custom schemes (mobile and desktop apps) are still allowed.
        return true;
    }

    public static bool IsHttpLoopbackLiteral(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttp &&
        uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 &&
        IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) &&
        IPAddress.IsLoopback(address);

    private static bool Matches(string registered, string requested, Uri requestedUri)
    {
        if (string.Equals(registered, requested, StringComparison.Ordinal))
        {
            return true;
        }

        // A loopback URI registered without a port accepts the port chosen at request time.
        if (!Uri.TryCreate(registered, UriKind.Absolute, out var registeredUri) ||
            !IsHttpLoopbackLiteral(registeredUri) ||
            HasExplicitPort(registered) ||
            !IsHttpLoopbackLiteral(requestedUri))
        {
            return false;
        }

        var withoutPort = new UriBuilder(requestedUri) { Port = -1 }.Uri;
        return string.Equals(registeredUri.Host, requestedUri.Host, StringComparison.OrdinalIgnoreCase) &&
               string.Equals(registeredUri.PathAndQuery, withoutPort.PathAndQuery, StringComparison.Ordinal);
    }

    private static bool HasExplicitPort(string uri)
    {
        var start = uri.IndexOf("://", StringComparison.Ordinal);
        if (start < 0)
        {
            return false;
        }

        var authorityStart = start + 3;
        var end = uri.IndexOfAny(['/', '?', '#'], authorityStart);
        var authority = end < 0 ? uri[authorityStart..] : uri[authorityStart..end];
        var afterHost = authority.LastIndexOf(']') is var bracket and >= 0 ? authority[(bracket + 1)..] : authority;
        return afterHost.Contains(':', StringComparison.Ordinal);
    }
}
