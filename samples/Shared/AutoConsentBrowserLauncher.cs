using System.Net;
using Microsoft.Extensions.Logging;
using Spotantic.Auth;

namespace Spotantic.Samples;

/// <summary>
/// Stands in for the user's browser on the local emulator: requests the authorize address without following the
/// redirect, then requests the <c>Location</c> it redirects to, which is Spotantic's loopback listener. The emulator
/// approves at once, so the real PKCE flow (state, challenge, code exchange) completes without a person.
/// </summary>
/// <remarks>
/// Register it with <c>UseBrowserLauncher</c> on the emulator only, and not with
/// <see cref="SampleSpotifyOptions.SignInPagePerBrowser"/>: a sign-in page needs a person to pick the user.
/// </remarks>
/// <param name="logger">Says that no browser is needed, and why a sign-in did not complete.</param>
public sealed partial class AutoConsentBrowserLauncher(ILogger<AutoConsentBrowserLauncher> logger) : ISpotifyBrowserLauncher, IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>Starts the navigation a browser would make, and returns at once as a browser does.</summary>
    /// <param name="uri">The authorize address.</param>
    /// <param name="cancellationToken">Cancels the navigation.</param>
    /// <returns>Always true: the "browser" was opened.</returns>
    public Task<bool> OpenAsync(Uri uri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);

        LogPlayingBrowser(logger);

        // A browser returns at once and navigates on its own; Spotantic reads the callback only after this returns.
        _ = Task.Run(() => NavigateAsync(uri, cancellationToken), CancellationToken.None);
        return Task.FromResult(true);
    }

    /// <summary>Releases the HTTP client that stands in for the browser.</summary>
    public void Dispose() => _http.Dispose();

    private async Task NavigateAsync(Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var authorize = await _http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            var location = authorize.Headers.Location;
            if (authorize.StatusCode != HttpStatusCode.Found || location is null)
            {
                LogNoRedirect(logger, (int)authorize.StatusCode);
                return;
            }

            using var callback = await _http.GetAsync(location.IsAbsoluteUri ? location : new Uri(uri, location), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The login was cancelled or timed out; Spotantic reports that.
        }
        catch (HttpRequestException ex)
        {
            LogNavigationFailed(logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No browser needed on the emulator: following the authorize redirect back to the app, as a browser would after 'Agree'.")]
    private static partial void LogPlayingBrowser(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The emulator's authorize page answered {StatusCode} instead of redirecting back to the app.")]
    private static partial void LogNoRedirect(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not complete the sign-in redirect: {Reason}")]
    private static partial void LogNavigationFailed(ILogger logger, string reason);
}
