using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Samples;

namespace WorkerSample;

/// <summary>
/// The <c>login</c> command: the interactive authorization, once, storing the token for the runs that follow (which
/// may be on a machine without a browser, if the token file is copied there).
/// </summary>
internal sealed partial class LoginService(
    SampleSpotify spotify,
    ISpotifyAuthorizationService authorization,
    IOptions<SpotanticOptions> options,
    SampleExitCode exitCode,
    IHostApplicationLifetime lifetime,
    ILogger<LoginService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        spotify.WriteBanner(logger);
        var auth = options.Value.Auth;
        var path = Path.GetFullPath(auth.AccessTokenFilePath);
        try
        {
            if (auth.Flow == SpotifyAuthFlow.ClientCredentials)
            {
                throw new SampleConfigurationException("Spotantic:Auth:Flow is ClientCredentials, which has no user to sign in: its token is fetched on the first call. Use AuthorizationCodePkce or AuthorizationCode for login.");
            }

            LogStarting(logger, auth.Flow, auth.RedirectUri ?? "", auth.Scope ?? "");
            var token = await authorization.AuthorizeAsync(stoppingToken).ConfigureAwait(false);
            LogStored(logger, path, token.ExpiresAtTime, token.RefreshToken is null ? "no" : "yes");
            if (spotify.IsEmulator)
            {
                LogEmulatorNote(logger);
            }
            else
            {
                LogNextStep(logger);
            }

            exitCode.Value = SampleExitCode.Success;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the sign-in completed: no token was stored, so this is not a success.
        }
        catch (SampleConfigurationException ex)
        {
            LogFailed(logger, ex.Message);
        }
        catch (SpotanticException ex)
        {
            LogFailed(logger, $"{ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing in with the {Flow} flow: redirect URI {RedirectUri}, scopes '{Scope}'.")]
    private static partial void LogStarting(ILogger logger, SpotifyAuthFlow flow, string redirectUri, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in. The token is stored in {Path} (readable by you only); access token valid until {ExpiresAt:u}; refresh token: {HasRefreshToken}.")]
    private static partial void LogStored(ILogger logger, string path, DateTimeOffset expiresAt, string hasRefreshToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Runs without 'login' now reuse this token and refresh it when it expires: dotnet run --project samples/WorkerSample")]
    private static partial void LogNextStep(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Note: the emulator runs inside this command and stops when it exits, so this token only shows the flow and the token file; it cannot be used by a later run. With Spotantic:Auth:ClientId set, the same command signs you in to Spotify.")]
    private static partial void LogEmulatorNote(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Login failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
