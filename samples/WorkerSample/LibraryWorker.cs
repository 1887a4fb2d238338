using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spotantic.Clients;
using Spotantic.Exceptions;

namespace WorkerSample;

/// <summary>
/// Runs <see cref="LibraryReport"/> once and stops the app, or with <see cref="SampleSettings.Watch"/> every
/// <see cref="SampleSettings.RefreshInterval"/> until stopped.
/// </summary>
internal sealed partial class LibraryWorker(
    IAlbumsClient albums,
    ILibraryClient library,
    IPlayerClient player,
    ApiRequestCounter requests,
    SampleTarget target,
    SampleSignIn signIn,
    SampleSettings settings,
    SampleExitCode exitCode,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILoggerFactory loggerFactory) : BackgroundService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<LibraryWorker>();
    private readonly LibraryReport _report = new(albums, library, player, requests, settings, loggerFactory.CreateLogger<LibraryReport>());

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Lets the host finish starting before the first line, so the banner comes first.
        await Task.Yield();
        SampleBanner.Write(_logger, target);
        try
        {
            await signIn.EnsureSignedInAsync(stoppingToken).ConfigureAwait(false);
            while (true)
            {
                try
                {
                    await _report.RunAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (SpotanticException ex) when (settings.Watch && ex is not SpotifyAuthorizationException)
                {
                    // A long-lived worker outlives a failed refresh (rate limit, outage) and tries again next time.
                    LogRefreshFailed(_logger, ex.GetType().Name, ex.Message);
                }

                if (!settings.Watch)
                {
                    LogDone(_logger);
                    break;
                }

                var interval = LibrarySummary.FormatDuration(settings.RefreshInterval);
                LogNextRefresh(_logger, interval);

                await Task.Delay(settings.RefreshInterval, timeProvider, stoppingToken).ConfigureAwait(false);
            }

            exitCode.Value = 0;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            exitCode.Value = 0;
        }
        catch (SampleConfigurationException ex)
        {
            LogFailed(_logger, ex.Message);
            exitCode.Value = 1;
        }
        catch (SpotifyAuthorizationRequiredException ex) when (!target.IsEmulator)
        {
            // The stored token was revoked or its refresh token expired while running.
            LogFailed(_logger, $"{ex.Message} Sign in again with: {SampleSignIn.LoginCommand}");
            exitCode.Value = 1;
        }
        catch (SpotanticException ex)
        {
            // Spotantic's messages say what went wrong and what to do, and never contain a token or secret.
            LogFailed(_logger, $"{ex.GetType().Name}: {ex.Message}");
            exitCode.Value = 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or ArgumentException or IOException)
        {
            LogFailed(_logger, $"{ex.GetType().Name}: {ex.Message}");
            exitCode.Value = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Done.")]
    private static partial void LogDone(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Next refresh in {Interval}. Press Ctrl+C to stop.")]
    private static partial void LogNextRefresh(ILogger logger, string interval);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This refresh failed ({Type}: {Reason}); trying again at the next one.")]
    private static partial void LogRefreshFailed(ILogger logger, string type, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sample failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
