using System.Net;
using Spotantic.Testing;
using WebSample.Tests.Support;

namespace WebSample.Tests;

/// <summary>
/// Two instances of the sample behind one Redis, as a load balancer would spread them, seen from one browser: a user
/// signed in on one is signed in on the other, and signing out on one signs out of both.
/// </summary>
public sealed class TwoInstancesTests
{
    private const string ClientId = "websample-two-instances";

    [Fact]
    public async Task SignedInOnOneInstance_SignedInOnTheOther_SignOutOnEitherEndsItOnBoth()
    {
        using var redis = RedisServer.Start();
        await using var emulator = await SpotifyEmulator.StartAsync();
        emulator.Accounts.SignIn = EmulatorSignInMode.SignInPage;
        emulator.RegisterApp(ClientId, "unused-secret").AllowAnyLoopbackRedirect = true;
        var saved = emulator.DemoUser!.Library.GetIds(EmulatorItemType.Album).ToHashSet(StringComparer.Ordinal);
        var settings = new Dictionary<string, string>
        {
            ["Spotantic:Auth:ClientId"] = ClientId,
            ["Spotantic:Client:ApiBaseAddress"] = emulator.ApiBaseAddress.AbsoluteUri,
            ["Spotantic:Client:AccountsBaseAddress"] = emulator.AccountsBaseAddress.AbsoluteUri,
            ["Spotantic:Redis:Configuration"] = redis.Configuration,
            ["Sample:AlbumToSave"] = emulator.Catalog.Albums.First(a => !saved.Contains(a.Id)).Id,
        };
        using var directory = new ScratchDirectory("websample-two-instances");
        using var first = await WebSampleProcess.StartAsync(directory.Path, TimeSpan.FromSeconds(90), settings);
        using var second = await WebSampleProcess.StartAsync(directory.Path, TimeSpan.FromSeconds(90), settings);
        var cookies = "";
        SignedInUser user = null!;

        BrowserScenario.Run(first, nameof(SignedInOnOneInstance_SignedInOnTheOther_SignOutOnEitherEndsItOnBoth), scenario =>
        {
            var browser = scenario.OpenBrowser("two-instances");
            user = SamplePages.SignIn(browser, first.BaseAddress, SamplePages.DemoUserId);
            var albums = SamplePages.SavedAlbumIds(browser);

            // The same browser on the other instance (cookies go by host, not port): the cookie decrypts there, and the
            // user's token is found in Redis.
            browser.GoTo(second.BaseAddress);
            Assert.Equal(SamplePages.ShownUser(browser), (user.DisplayName, user.Id));
            Assert.Equal(albums, SamplePages.SavedAlbumIds(browser));

            // A write on the second instance, seen on the first; and undone there.
            browser.ClickAndWaitForNewPage(SamplePages.SaveAlbum);
            browser.GoTo(first.BaseAddress);
            browser.Find(SamplePages.RemoveAlbum);
            browser.ClickAndWaitForNewPage(SamplePages.RemoveAlbum);
            browser.Find(SamplePages.SaveAlbum);

            // Signed out on the second instance.
            cookies = browser.CookieHeader;
            browser.GoTo(second.BaseAddress);
            browser.ClickAndWaitForNewPage(SamplePages.SignOut);
            browser.Find(SamplePages.SignInLink);
            browser.GoTo(first.BaseAddress);
            browser.Find(SamplePages.SignInLink);
        });

        // The old cookie, replayed on the first instance, no longer acts for the user: the token is gone from Redis and
        // from the first instance's memory.
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, first.BaseAddress);
        request.Headers.Add("Cookie", cookies);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/authorize",
            $"Expected a sign-in redirect, got {(int)response.StatusCode}: {body}");
        Assert.DoesNotContain(emulator.RequestLog.Find("POST", "/api/token"), r => r.StatusCode != 200);

        // Both instances report Redis as healthy.
        foreach (var sample in new[] { first, second })
        {
            Assert.Equal("Healthy", await http.GetStringAsync(new Uri(sample.BaseAddress, "healthz")));
        }
    }
}
