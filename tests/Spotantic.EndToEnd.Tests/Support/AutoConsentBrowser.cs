using System.Net;
using Spotantic.Auth;

namespace Spotantic.EndToEnd.Tests.Support;

/// <summary>
/// Plays the user's browser against the emulator, which consents on its own: opens the authorize address with redirects
/// off, then follows the redirect to Spotantic's loopback listener, in the background as a real browser would.
/// </summary>
public sealed class AutoConsentBrowser : ISpotifyBrowserLauncher, IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public Task<bool> OpenAsync(Uri uri, CancellationToken cancellationToken = default)
    {
        _ = Task.Run(() => NavigateAsync(uri), CancellationToken.None);
        return Task.FromResult(true);
    }

    public void Dispose() => _http.Dispose();

    private async Task NavigateAsync(Uri uri)
    {
        using var authorize = await _http.GetAsync(uri);
        if (authorize.StatusCode == HttpStatusCode.Found && authorize.Headers.Location is { } location)
        {
            using var callback = await _http.GetAsync(location.IsAbsoluteUri ? location : new Uri(uri, location));
        }
    }
}
