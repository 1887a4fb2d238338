using System.Globalization;
using System.Net;
using System.Text.Json;
using Spotantic.Testing;
using WorkerSample.Tests.Support;

namespace WorkerSample.Tests;

/// <summary>
/// The sample with credentials configured, as it runs against Spotify. An emulator the test owns stands in for
/// Spotify through <c>Spotantic:Client:*BaseAddress</c>, and the test plays the user who opens the printed address.
/// </summary>
public sealed class ConfiguredSpotifyTests
{
    private const string ClientId = "configured-client";

    [Fact]
    public async Task Login_OnAMachineWithoutBrowser_PrintsTheAddressAndLaterRunsReuseTheStoredToken()
    {
        await using var spotify = await SpotifyEmulator.StartAsync();
        using var scratch = new ScratchDirectory();
        var redirectUri = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}/callback");
        spotify.RegisterApp(ClientId, "configured-secret", redirectUri);
        var tokenFile = scratch.File(".token_info_cache");
        var environment = Configure(spotify, tokenFile, redirectUri);

        using (var login = SampleProcess.Start(scratch.Path, environment, "login"))
        {
            // No DISPLAY in the child: Spotantic prints the address instead of opening a browser.
            await login.WaitForLineAsync(l => l.StartsWith("Open this address in a browser", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            var address = await login.WaitForLineAsync(l => l.StartsWith(spotify.AccountsBaseAddress.AbsoluteUri + "authorize?", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
            await FollowAsUserAsync(new Uri(address));
            await login.WaitForExitAsync(TimeSpan.FromSeconds(60));

            Assert.True(login.ExitCode == 0, login.Output + login.Error);
            Assert.Contains("AuthorizationCodePkce flow", login.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("EMULATOR", login.Output, StringComparison.Ordinal);
            Assert.True(File.Exists(tokenFile));
        }

        var callsBefore = spotify.RequestLog.Entries.Count;
        using var run = await SampleProcess.RunAsync(scratch.Path, environment);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.StartsWith($"Running against Spotify at {spotify.ApiBaseAddress}", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Using the stored token from {tokenFile}", run.Output, StringComparison.Ordinal);
        Assert.Contains("Your saved albums", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(spotify.RequestLog.Entries.Skip(callsBefore), e => e.Path.Contains("authorize", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_WithClientIdButNoStoredToken_ExitsNonZeroAndPointsToLogin()
    {
        await using var spotify = await SpotifyEmulator.StartAsync();
        using var scratch = new ScratchDirectory();
        var redirectUri = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}/callback");
        spotify.RegisterApp(ClientId, "configured-secret", redirectUri);

        using var run = await SampleProcess.RunAsync(scratch.Path, Configure(spotify, scratch.File(".token_info_cache"), redirectUri));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("dotnet run --project samples/WorkerSample -- login", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Your saved albums", run.Output, StringComparison.Ordinal);
        Assert.Empty(spotify.RequestLog.Entries);
    }

    [Fact]
    public async Task Run_WithStoredToken_ShowsWhatIsPlaying()
    {
        await using var spotify = await SpotifyEmulator.StartAsync();
        using var scratch = new ScratchDirectory();
        var redirectUri = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}/callback");
        spotify.RegisterApp(ClientId, "configured-secret", redirectUri);
        var track = spotify.Catalog.Tracks[0];
        await StartPlaybackAsync(spotify, "spotify:track:" + track.Id);
        var tokenFile = scratch.File(".token_info_cache");
        var grant = spotify.Accounts.IssueUserToken(ClientId, spotify.DemoUser!.Id, "user-library-read", "user-library-modify", "user-read-playback-state");
        await WriteTokenFileAsync(tokenFile, grant.AccessToken, grant.RefreshToken!, grant.Scopes, grant.ExpiresAt);

        using var run = await SampleProcess.RunAsync(scratch.Path, Configure(spotify, tokenFile, redirectUri));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains($"Playback: Playing \"{track.Name}\" by ", run.Output, StringComparison.Ordinal);
        Assert.Contains(" on Emulator Desktop (", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing is playing", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithExpiredStoredToken_RefreshesItAndStoresTheNewOne()
    {
        await using var spotify = await SpotifyEmulator.StartAsync();
        using var scratch = new ScratchDirectory();
        var redirectUri = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}/callback");
        spotify.RegisterApp(ClientId, "configured-secret", redirectUri);
        var tokenFile = scratch.File(".token_info_cache");
        var grant = spotify.Accounts.IssueUserToken(ClientId, spotify.DemoUser!.Id, "user-library-read", "user-library-modify", "user-read-playback-state");
        spotify.Accounts.ExpireAccessToken(grant.AccessToken);
        await WriteTokenFileAsync(tokenFile, grant.AccessToken, grant.RefreshToken!, grant.Scopes, DateTimeOffset.UtcNow.AddMinutes(-5));
        var environment = Configure(spotify, tokenFile, redirectUri);

        // A token the emulator issues directly counts as an authorization-code grant: refreshing it takes the secret,
        // which also selects that flow in the sample.
        environment["SPOTANTIC_AUTH_CLIENT_SECRET"] = "configured-secret";
        using var run = await SampleProcess.RunAsync(scratch.Path, environment);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Your saved albums", run.Output, StringComparison.Ordinal);
        using var stored = JsonDocument.Parse(await File.ReadAllTextAsync(tokenFile));
        var newToken = stored.RootElement.GetProperty("access_token").GetString();
        Assert.NotEqual(grant.AccessToken, newToken);
        var expiresAt = DateTime.ParseExact(stored.RootElement.GetProperty("expires_at").GetString()!, "yyyy-MM-dd'T'HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(expiresAt > DateTime.Now, $"{expiresAt:O} is not in the future");
        Assert.Equal(1, spotify.RequestLog.Count("POST", "/api/token"));
        Assert.DoesNotContain(newToken!, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("configured-secret", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenSpotifyRefusesTheStoredRefreshToken_ExitsOneAndSaysToLogInAgain()
    {
        await using var spotify = await SpotifyEmulator.StartAsync();
        using var scratch = new ScratchDirectory();
        var redirectUri = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}/callback");
        spotify.RegisterApp(ClientId, "configured-secret", redirectUri);
        var tokenFile = scratch.File(".token_info_cache");
        var grant = spotify.Accounts.IssueUserToken(ClientId, spotify.DemoUser!.Id, "user-library-read", "user-library-modify", "user-read-playback-state");
        spotify.Accounts.RevokeRefreshToken(grant.RefreshToken!);
        await WriteTokenFileAsync(tokenFile, grant.AccessToken, grant.RefreshToken!, grant.Scopes, DateTimeOffset.UtcNow.AddMinutes(-5));
        var environment = Configure(spotify, tokenFile, redirectUri);
        environment["SPOTANTIC_AUTH_CLIENT_SECRET"] = "configured-secret";

        using var run = await SampleProcess.RunAsync(scratch.Path, environment);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Sign in once with: dotnet run --project samples/WorkerSample -- login", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Your saved albums", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(grant.RefreshToken!, run.Output, StringComparison.Ordinal);
    }

    private static async Task StartPlaybackAsync(SpotifyEmulator spotify, string trackUri)
    {
        var player = spotify.Accounts.IssueUserToken(ClientId, spotify.DemoUser!.Id, "user-modify-playback-state");
        using var http = new HttpClient { BaseAddress = spotify.ApiBaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Put, "me/player/play?device_id=emulatordesktop0000000000000000000000001")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { uris = new[] { trackUri } }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", player.AccessToken);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"Starting playback on the emulator failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    // The token cache file in the Python library's format, as `login` would have left it: expires_at a naive local time.
    private static async Task WriteTokenFileAsync(string path, string accessToken, string refreshToken, IEnumerable<string> scopes, DateTimeOffset expiresAt)
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["scope"] = string.Join(' ', scopes),
            ["expires_in"] = 3600,
            ["refresh_token"] = refreshToken,
            ["expires_at"] = TimeZoneInfo.ConvertTime(expiresAt, TimeZoneInfo.Local).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture),
        });
        await File.WriteAllTextAsync(path, json);
    }

    private static Dictionary<string, string> Configure(SpotifyEmulator spotify, string tokenFile, string redirectUri)
    {
        var user = spotify.DemoUser!;
        var album = spotify.Catalog.Albums.First(a => !user.Library.Contains(EmulatorItemType.Album, a.Id));
        return new Dictionary<string, string>
        {
            // The Python library's names for the credentials, .NET's for the rest: both are read.
            ["SPOTANTIC_AUTH_CLIENT_ID"] = ClientId,
            ["SPOTANTIC_AUTH_REDIRECT_URI"] = redirectUri,
            ["SPOTANTIC_AUTH_ACCESS_TOKEN_FILE_PATH"] = tokenFile,
            ["Spotantic__Auth__AuthorizationTimeout"] = "00:00:45",
            ["Spotantic__Client__ApiBaseAddress"] = spotify.ApiBaseAddress.AbsoluteUri,
            ["Spotantic__Client__AccountsBaseAddress"] = spotify.AccountsBaseAddress.AbsoluteUri,
            ["Sample__AlbumToSave"] = "spotify:album:" + album.Id,
        };
    }

    // What the user's browser does: the authorize page redirects (the emulator approves), then the redirect is followed.
    private static async Task FollowAsUserAsync(Uri authorize)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(20) };
        using var consent = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Found, consent.StatusCode);
        using var callback = await browser.GetAsync(consent.Headers.Location!);
        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
    }
}
