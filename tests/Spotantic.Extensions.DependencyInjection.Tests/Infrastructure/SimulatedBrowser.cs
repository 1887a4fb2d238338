using System.Collections.Concurrent;
using System.Net;
using Spotantic.Auth;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>
/// Plays the user's browser: opens the authorize address with redirects off, reads <c>Location</c>, and follows it to
/// the redirect URI, which is Spotantic's loopback listener.
/// </summary>
/// <remarks>
/// The navigation runs in the background: Spotantic only starts reading the callback after
/// <see cref="OpenAsync"/> returns, as with a real browser.
/// </remarks>
public sealed class SimulatedBrowser : ISpotifyBrowserLauncher, IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(15) };
    private readonly ConcurrentQueue<Task<BrowserNavigation>> _navigations = new();

    /// <summary>The addresses Spotantic asked to open, in order.</summary>
    public ConcurrentQueue<Uri> OpenedUris { get; } = new();

    /// <summary>The navigations started so far.</summary>
    public IReadOnlyList<Task<BrowserNavigation>> Navigations => [.. _navigations];

    /// <inheritdoc />
    public Task<bool> OpenAsync(Uri uri, CancellationToken cancellationToken = default)
    {
        OpenedUris.Enqueue(uri);
        _navigations.Enqueue(Task.Run(() => NavigateAsync(uri), CancellationToken.None));
        return Task.FromResult(true);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task<BrowserNavigation> NavigateAsync(Uri uri)
    {
        using var authorize = await _http.GetAsync(uri);
        var location = authorize.Headers.Location;
        if (authorize.StatusCode != HttpStatusCode.Found || location is null)
        {
            return new BrowserNavigation(authorize.StatusCode, location, null, null);
        }

        var target = location.IsAbsoluteUri ? location : new Uri(uri, location);
        using var callback = await _http.GetAsync(target);
        return new BrowserNavigation(authorize.StatusCode, target, callback.StatusCode, await callback.Content.ReadAsStringAsync());
    }
}
