using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Spotantic.Configuration;
using Spotantic.Testing;

namespace Spotantic.Samples;

/// <summary>
/// The Spotify a sample talks to: Spotify itself when <c>Spotantic:Auth:ClientId</c> is configured, otherwise the
/// Spotify emulator started inside the process, so a sample runs on a fresh machine without a Spotify account.
/// </summary>
/// <remarks>
/// The emulator lives until this is disposed: tokens it issues are worthless afterwards, so dispose it after the host.
/// </remarks>
public sealed partial class SampleSpotify : IAsyncDisposable
{
    private const string ClientIdKey = "Spotantic:Auth:ClientId";
    private const string EmulatorTokenFileName = "emulator.token_info_cache";

    private SampleSpotify(SpotifyEmulator? emulator, Uri apiBaseAddress, IReadOnlyList<string> banner)
    {
        Emulator = emulator;
        ApiBaseAddress = apiBaseAddress;
        Banner = banner;
    }

    /// <summary>The emulator started for this run, or null on Spotify.</summary>
    public SpotifyEmulator? Emulator { get; }

    /// <summary>Whether the sample runs on the emulator rather than on Spotify.</summary>
    [MemberNotNullWhen(true, nameof(Emulator))]
    public bool IsEmulator => Emulator is not null;

    /// <summary>The Web API address Spotantic calls.</summary>
    public Uri ApiBaseAddress { get; }

    /// <summary>
    /// The lines a sample starts its output with, saying what it talks to; on the emulator also that its data is
    /// generated and how to use a real account instead.
    /// </summary>
    public IReadOnlyList<string> Banner { get; }

    /// <summary>The first line of <see cref="Banner"/>, which a sample's output must start with.</summary>
    public string FirstLine => Banner[0];

    /// <summary>
    /// Starts the emulator unless Spotify credentials are configured, and adds the settings that point Spotantic at
    /// it. Call it after every other configuration source and before <c>AddSpotantic</c> binds the settings.
    /// </summary>
    /// <remarks>
    /// On the emulator it registers the app (<see cref="SampleSpotifyOptions.ClientId"/>, a generated secret, the
    /// redirect URIs), seeds it, and adds <c>Spotantic:Auth:*</c> and <c>Spotantic:Client:*BaseAddress</c> settings
    /// last, so they win over appsettings.json, the environment and the command line. On Spotify, a configured
    /// <c>ClientSecret</c> without a <c>Flow</c> selects the authorization code flow, which uses it.
    /// </remarks>
    /// <param name="configuration">The app's configuration, read for the credentials and added to.</param>
    /// <param name="options">How to set up the emulator.</param>
    /// <param name="cancellationToken">Cancels starting the emulator.</param>
    /// <returns>What the sample talks to; dispose it after the host to stop the emulator.</returns>
    public static async Task<SampleSpotify> StartAsync(IConfigurationManager configuration, SampleSpotifyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(configuration[ClientIdKey]))
        {
            return UseSpotify(configuration);
        }

        var emulator = await SpotifyEmulator.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            configuration.AddInMemoryCollection(SetUpEmulator(emulator, options, configuration["Spotantic:Auth:AccessTokenFilePath"]));
            var address = emulator.ApiBaseAddress;
            return new SampleSpotify(emulator, address,
            [
                $"*** Running against the LOCAL SPOTIFY EMULATOR at {address} (no {ClientIdKey} is configured). ***",
                $"    Its data is generated; set {ClientIdKey} (see README.md) to use your Spotify account.",
            ]);
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Where the emulator's tokens go when they are stored and no path is configured.</summary>
    /// <param name="clientId">The sample's <see cref="SampleSpotifyOptions.ClientId"/>, which names the folder.</param>
    /// <returns>A path in the user's local application data folder (the temporary folder when there is none).</returns>
    public static string DefaultEmulatorTokenFilePath(string clientId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(string.IsNullOrEmpty(root) ? Path.GetTempPath() : root, clientId, EmulatorTokenFileName);
    }

    /// <summary>Logs <see cref="Banner"/>, one line per entry.</summary>
    /// <param name="logger">The sample's logger, so the lines print as the sample's own.</param>
    public void WriteBanner(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        foreach (var line in Banner)
        {
            LogBannerLine(logger, line);
        }
    }

    /// <summary>Stops the emulator, if one was started.</summary>
    /// <returns>A task that completes when the emulator has stopped.</returns>
    public ValueTask DisposeAsync() => Emulator?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static SampleSpotify UseSpotify(IConfigurationManager configuration)
    {
        if (string.IsNullOrEmpty(configuration["Spotantic:Auth:Flow"]) && !string.IsNullOrEmpty(configuration["Spotantic:Auth:ClientSecret"]))
        {
            // With a secret the app can use the plain authorization code flow; PKCE remains the default without one.
            configuration.AddInMemoryCollection([new("Spotantic:Auth:Flow", nameof(SpotifyAuthFlow.AuthorizationCode))]);
        }

        // Spotify, or whatever Spotantic:Client:ApiBaseAddress points at (a proxy, a test server).
        var address = Uri.TryCreate(configuration["Spotantic:Client:ApiBaseAddress"], UriKind.Absolute, out var configured)
            ? configured
            : new Uri("https://api.spotify.com/v1/");
        return new SampleSpotify(null, address, [$"Running against Spotify at {address}."]);
    }

    private static Dictionary<string, string?> SetUpEmulator(SpotifyEmulator emulator, SampleSpotifyOptions options, string? configuredTokenFile)
    {
        // Spotantic's login listens on the redirect URI's port, so by default it must be a free one, not a fixed 8000.
        string[] redirectUris = options.RedirectUris.Count > 0
            ? [.. options.RedirectUris]
            : [string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreeLoopbackPort()}/callback")];

        // PKCE sends no secret, but the dashboard (and so the emulator) gives every app one.
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        emulator.RegisterApp(options.ClientId, secret, redirectUris);
        if (options.SignInPagePerBrowser)
        {
            emulator.Accounts.SignIn = EmulatorSignInMode.SignInPage;
        }

        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [ClientIdKey] = options.ClientId,
            ["Spotantic:Auth:Flow"] = options.Flow.ToString(),
            ["Spotantic:Auth:RedirectUri"] = redirectUris[0],
            ["Spotantic:Auth:StoreAccessToken"] = options.StoreEmulatorToken ? "true" : "false",
            ["Spotantic:Auth:AccessTokenFilePath"] = string.IsNullOrWhiteSpace(configuredTokenFile) ? DefaultEmulatorTokenFilePath(options.ClientId) : configuredTokenFile,
            // The emulator answers at once; a stuck login should fail in seconds, not the default five minutes.
            ["Spotantic:Auth:AuthorizationTimeout"] = "00:00:30",
            ["Spotantic:Client:ApiBaseAddress"] = emulator.ApiBaseAddress.AbsoluteUri,
            ["Spotantic:Client:AccountsBaseAddress"] = emulator.AccountsBaseAddress.AbsoluteUri,
        };
        if (options.Flow != SpotifyAuthFlow.AuthorizationCodePkce)
        {
            settings["Spotantic:Auth:ClientSecret"] = secret;
        }

        if (options.Scope is not null)
        {
            settings["Spotantic:Auth:Scope"] = options.Scope;
        }

        foreach (var (key, value) in options.SeedEmulator?.Invoke(emulator) ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    private static int FreeLoopbackPort()
    {
        // Below Linux's ephemeral range (32768-60999): a port taken from it with port 0 is soon reused as the local
        // port of an outgoing connection, and the redirect listener then cannot bind it.
        while (true)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, port);
                probe.Start();
                return port;
            }
            catch (SocketException)
            {
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    private static partial void LogBannerLine(ILogger logger, string line);
}
