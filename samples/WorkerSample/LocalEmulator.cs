using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Spotantic.Testing;

namespace WorkerSample;

/// <summary>
/// Starts the Spotify emulator in this process and produces the settings that point Spotantic at it, so the sample
/// runs on a fresh machine without a Spotify account.
/// </summary>
/// <remarks>
/// The emulator lives as long as this process: tokens it issues are worthless once the sample exits, so the sample
/// never mixes them with a real token file (see <see cref="DefaultTokenFilePath"/>).
/// </remarks>
internal sealed class LocalEmulator : IAsyncDisposable
{
    public const string ClientId = "spotantic-worker-sample";

    private LocalEmulator(SpotifyEmulator emulator, string redirectUri, string albumToSave)
    {
        Emulator = emulator;
        RedirectUri = redirectUri;
        AlbumToSave = albumToSave;
    }

    public SpotifyEmulator Emulator { get; }

    public string RedirectUri { get; }

    /// <summary>A catalog album the demo user has not saved, so saving it is visible.</summary>
    public string AlbumToSave { get; }

    public SampleTarget Target => new(true, Emulator.ApiBaseAddress, Emulator.DemoUser?.Id);

    /// <summary>
    /// Where <c>login</c> keeps the emulator's token unless <c>Spotantic:Auth:AccessTokenFilePath</c> is set: in the
    /// user's local data folder, not the working directory, so it never replaces a real <c>.token_info_cache</c>.
    /// </summary>
    public static string DefaultTokenFilePath
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (string.IsNullOrEmpty(root))
            {
                root = Path.GetTempPath();
            }

            return Path.Combine(root, "spotantic-worker-sample", "emulator.token_info_cache");
        }
    }

    public static async Task<LocalEmulator> StartAsync(CancellationToken cancellationToken)
    {
        var emulator = await SpotifyEmulator.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            // Spotantic's login listens on the redirect URI's port, so it must be a free one, not a fixed 8000.
            var redirectUri = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreeLoopbackPort()}/callback");

            // PKCE sends no secret, but the dashboard (and so the emulator) gives every app one.
            emulator.RegisterApp(ClientId, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), redirectUri);

            var user = emulator.DemoUser ?? throw new InvalidOperationException("The emulator has no demo user.");
            var album = emulator.Catalog.Albums.First(a => !user.Library.Contains(EmulatorItemType.Album, a.Id));
            return new LocalEmulator(emulator, redirectUri, "spotify:album:" + album.Id);
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The settings that point Spotantic at the emulator, as the demo app registered above.</summary>
    /// <param name="login">Whether this is the <c>login</c> command, which stores the token in a file.</param>
    /// <param name="configuredTokenFile">The user's <c>Spotantic:Auth:AccessTokenFilePath</c>, if any.</param>
    public Dictionary<string, string?> CreateSettings(bool login, string? configuredTokenFile) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Spotantic:Auth:ClientId"] = ClientId,
        ["Spotantic:Auth:Flow"] = "AuthorizationCodePkce",
        ["Spotantic:Auth:RedirectUri"] = RedirectUri,
        ["Spotantic:Auth:Scope"] = "user-library-read user-library-modify user-read-playback-state",
        ["Spotantic:Auth:StoreAccessToken"] = login ? "true" : "false",
        ["Spotantic:Auth:AccessTokenFilePath"] = string.IsNullOrWhiteSpace(configuredTokenFile) ? DefaultTokenFilePath : configuredTokenFile,
        // The emulator answers at once; a stuck login should fail in seconds, not the default five minutes.
        ["Spotantic:Auth:AuthorizationTimeout"] = "00:00:30",
        ["Spotantic:Client:ApiBaseAddress"] = Emulator.ApiBaseAddress.AbsoluteUri,
        ["Spotantic:Client:AccountsBaseAddress"] = Emulator.AccountsBaseAddress.AbsoluteUri,
        ["Sample:AlbumToSave"] = AlbumToSave,
    };

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();

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
}
