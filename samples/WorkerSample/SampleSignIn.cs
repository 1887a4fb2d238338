using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Exceptions;

namespace WorkerSample;

/// <summary>Makes sure a user token is available before the job starts.</summary>
internal sealed partial class SampleSignIn(
    SampleTarget target,
    ISpotifyAuthorizationService authorization,
    ISpotifyTokenManager tokens,
    IOptions<SpotanticOptions> options,
    ILogger<SampleSignIn> logger)
{
    public const string LoginCommand = "dotnet run --project samples/WorkerSample -- login";

    public string TokenFilePath => Path.GetFullPath(options.Value.Auth.AccessTokenFilePath);

    public async Task EnsureSignedInAsync(CancellationToken cancellationToken)
    {
        var auth = options.Value.Auth;
        if (auth.Flow == SpotifyAuthFlow.ClientCredentials)
        {
            throw new SampleConfigurationException("Spotantic:Auth:Flow is ClientCredentials, which has no user: the saved albums and the player need a user flow (AuthorizationCodePkce or AuthorizationCode).");
        }

        if (target.IsEmulator)
        {
            // The emulator is new on every run, so sign in each time: the real PKCE flow, approved automatically.
            var token = await authorization.AuthorizeAsync(cancellationToken).ConfigureAwait(false);
            LogEmulatorSignIn(logger, target.DemoUserId ?? "?", token.Scope ?? "");
            return;
        }

        try
        {
            // Loads the token `login` stored, refreshing it when it has expired.
            await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SpotifyAuthorizationRequiredException ex)
        {
            throw new SampleConfigurationException($"No usable Spotify token in {TokenFilePath} ({ex.Message}) Sign in once with: {LoginCommand}");
        }

        LogStoredToken(logger, TokenFilePath);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in as the emulator's demo user '{User}' through the PKCE flow (authorize, loopback callback, code exchange); scopes: {Scope}.")]
    private static partial void LogEmulatorSignIn(ILogger logger, string user, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the stored token from {Path} (refreshed automatically when it expires).")]
    private static partial void LogStoredToken(ILogger logger, string path);
}
