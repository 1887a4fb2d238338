using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Samples;

namespace WorkerSample;

/// <summary>
/// Makes sure a user token is available, then runs <see cref="LibraryReport"/> once and stops the app, or with
/// <see cref="WorkerSettings.Watch"/> every <see cref="WorkerSettings.RefreshInterval"/> until stopped.
/// </summary>
internal sealed partial class LibraryWorker(
    LibraryReport report,
    SampleSpotify spotify,
    ISpotifyAuthorizationService authorization,
    ISpotifyTokenManager tokens,
    IOptions<SpotanticOptions> options,
    WorkerSettings settings,
    SampleExitCode exitCode,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILogger<LibraryWorker> logger) : BackgroundService
{
    public const string LoginCommand = "dotnet run --project samples/WorkerSample -- login";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Lets the host finish starting before the first line, so the banner comes first.
        await Task.Yield();
        spotify.WriteBanner(logger);
        try
        {
            await EnsureSignedInAsync(stoppingToken).ConfigureAwait(false);
            while (true)
            {
                try
                {
                    await report.RunAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (SpotanticException ex) when (settings.Watch && ex is not SpotifyAuthorizationException)
                {
                    // A long-lived worker outlives a failed refresh (rate limit, outage) and tries again next time.
                    LogRefreshFailed(logger, ex.GetType().Name, ex.Message);
                }

                if (!settings.Watch)
                {
                    LogDone(logger);
                    break;
                }

                var interval = LibrarySummary.FormatDuration(settings.RefreshInterval);
                LogNextRefresh(logger, interval);
                await Task.Delay(settings.RefreshInterval, timeProvider, stoppingToken).ConfigureAwait(false);
            }

            exitCode.Value = SampleExitCode.Success;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            exitCode.Value = SampleExitCode.Success;
        }
        catch (SampleConfigurationException ex)
        {
            LogFailed(logger, ex.Message);
        }
        catch (SpotifyAuthorizationRequiredException ex) when (!spotify.IsEmulator)
        {
            // The stored token was revoked or its refresh token expired while running.
            LogFailed(logger, $"{ex.Message} Sign in again with: {LoginCommand}");
        }
        catch (SpotanticException ex)
        {
            // Spotantic's messages say what went wrong and what to do, and never contain a token or secret.
            LogFailed(logger, $"{ex.GetType().Name}: {ex.Message}");
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or ArgumentException or IOException)
        {
            LogFailed(logger, $"{ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    private async Task EnsureSignedInAsync(CancellationToken cancellationToken)
    {
        var auth = options.Value.Auth;
        if (auth.Flow == SpotifyAuthFlow.ClientCredentials)
        {
            throw new SampleConfigurationException("Spotantic:Auth:Flow is ClientCredentials, which has no user: the saved albums and the player need a user flow (AuthorizationCodePkce or AuthorizationCode).");
        }

        if (spotify.IsEmulator)
        {
            // The emulator is new on every run, so sign in each time: the real PKCE flow, approved automatically.
            var token = await authorization.AuthorizeAsync(cancellationToken).ConfigureAwait(false);
            LogEmulatorSignIn(logger, spotify.Emulator.DemoUser?.Id ?? "?", token.Scope ?? "");
            return;
        }

        var tokenFile = Path.GetFullPath(auth.AccessTokenFilePath);
        try
        {
            // Loads the token `login` stored, refreshing it when it has expired.
            await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SpotifyAuthorizationRequiredException ex)
        {
            throw new SampleConfigurationException($"No usable Spotify token in {tokenFile} ({ex.Message}) Sign in once with: {LoginCommand}");
        }

        LogStoredToken(logger, tokenFile);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in as the emulator's demo user '{User}' through the PKCE flow (authorize, loopback callback, code exchange); scopes: {Scope}.")]
    private static partial void LogEmulatorSignIn(ILogger logger, string user, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the stored token from {Path} (refreshed automatically when it expires).")]
    private static partial void LogStoredToken(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Done.")]
    private static partial void LogDone(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Next refresh in {Interval}. Press Ctrl+C to stop.")]
    private static partial void LogNextRefresh(ILogger logger, string interval);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This refresh failed ({Type}: {Reason}); trying again at the next one.")]
    private static partial void LogRefreshFailed(ILogger logger, string type, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sample failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
