namespace Spotantic.Testing;

/// <summary>
/// An app registered with the emulated accounts service, as in Spotify's developer dashboard: a client ID, a secret
/// and the redirect URIs it may use.
/// </summary>
public sealed class EmulatorApp
{
    private readonly object _gate = new();
    private readonly List<string> _redirectUris;
    private volatile bool _allowAnyLoopbackRedirect;
    private volatile EmulatorQuotaMode _quotaMode = EmulatorQuotaMode.Development;

    internal EmulatorApp(string clientId, string clientSecret, IEnumerable<string> redirectUris)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
        _redirectUris = [.. redirectUris];
    }

    /// <summary>The app's client ID.</summary>
    public string ClientId { get; }

    internal string ClientSecret { get; }

    /// <summary>The registered redirect URIs, compared exactly (case and trailing slash included).</summary>
    public IReadOnlyList<string> RedirectUris
    {
        get
        {
            lock (_gate)
            {
                return [.. _redirectUris];
            }
        }
    }

    /// <summary>
    /// When true, any <c>http</c> redirect URI on a loopback IP literal (<c>127.0.0.1</c> or <c>[::1]</c>), with any
    /// port and path, is accepted as if it were registered. Useful for interactive logins on a dynamic port.
    /// </summary>
    public bool AllowAnyLoopbackRedirect
    {
        get => _allowAnyLoopbackRedirect;
        set => _allowAnyLoopbackRedirect = value;
    }

    /// <summary>
    /// What Spotify serves the app: <see cref="EmulatorQuotaMode.Development"/> by default, as for a new app, or
    /// <see cref="EmulatorQuotaMode.Extended"/>. Can be changed at any time; the next request sees it.
    /// </summary>
    public EmulatorQuotaMode QuotaMode
    {
        get => _quotaMode;
        set => _quotaMode = value;
    }

    /// <summary>Registers one more redirect URI.</summary>
    /// <param name="redirectUri">The URI, stored as written.</param>
    public void AddRedirectUri(string redirectUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(redirectUri);
        lock (_gate)
        {
            if (!_redirectUris.Contains(redirectUri, StringComparer.Ordinal))
            {
                _redirectUris.Add(redirectUri);
            }
        }
    }

    /// <summary>Describes the app without its secret.</summary>
    /// <returns>The client ID and the number of redirect URIs.</returns>
    public override string ToString() => $"EmulatorApp {ClientId} ({RedirectUris.Count} redirect URIs)";
}
