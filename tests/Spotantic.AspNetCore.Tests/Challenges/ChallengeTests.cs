using System.Net;
using System.Web;
using Spotantic.AspNetCore.Tests.Support;
using Spotantic.Testing;

namespace Spotantic.AspNetCore.Tests.Challenges;

public sealed class ChallengeTests
{
    [Fact]
    public async Task AnonymousRequest_ToUserEndpoint_RedirectsToSpotifyAuthorize()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();

        var response = await browser.SendAsync(HttpMethod.Get, web.Url("profile?x=1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(new Uri(emulator.AccountsBaseAddress, "authorize").AbsoluteUri + "?", location.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("user-library-read user-read-private", HttpUtility.ParseQueryString(location.Query)["scope"]);
        Assert.Empty(emulator.RequestLog.Find("GET", "/v1/me"));

        // After signing in, the browser is back on the page it asked for.
        var page = await browser.NavigateAsync(location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("/profile?x=1", browser.History[^1].Url.PathAndQuery);
    }

    [Fact]
    public async Task DeadRefreshToken_SignedInUser_IsSentToSignInAgain()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();
        await web.SignInAsync(browser);
        var demo = emulator.DemoUser!;
        emulator.Accounts.RevokeTokensOfUser(demo.Id);

        var response = await browser.SendAsync(HttpMethod.Get, web.Url("profile"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/authorize", response.Headers.Location!.AbsolutePath);
        var page = await browser.NavigateAsync(response.Headers.Location);
        Assert.Equal("spotantic.demo|Demo User", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task InsufficientScope_SignedInUser_AsksForBothScopesAndThenWorks()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator, new Dictionary<string, string?> { ["Spotantic:Auth:Scope"] = "user-library-read" });
        using var browser = new Browser();
        await web.SignInAsync(browser);
        var key = SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + emulator.DemoUser!.AccountId;
        Assert.DoesNotContain("user-read-playback-state", (await web.Store.GetAsync(key))!.GrantedScopes.ToArray());

        var response = await browser.SendAsync(HttpMethod.Get, web.Url("playing"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var scope = HttpUtility.ParseQueryString(response.Headers.Location!.Query)["scope"]!.Split(' ');
        Assert.Equal(["user-library-read", "user-read-playback-state"], scope.Order(StringComparer.Ordinal));
        Assert.Empty(emulator.RequestLog.Find("GET", "/v1/me/player"));
        var page = await browser.NavigateAsync(response.Headers.Location!);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("/playing", browser.History[^1].Url.AbsolutePath);
        Assert.Contains("user-read-playback-state", (await web.Store.GetAsync(key))!.GrantedScopes.ToArray());
        using var again = await browser.SendAsync(HttpMethod.Get, web.Url("playing"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task ChallengeSpotifyAsync_WithAdditionalScopes_KeepsScopesGrantedBefore()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator, new Dictionary<string, string?> { ["Spotantic:Auth:Scope"] = "user-library-read" });
        using var browser = new Browser();
        await web.SignInAsync(browser);
        await browser.NavigateAsync(web.Url("playing"));
        Assert.Contains("user-read-playback-state", (await web.Store.GetAsync(SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + emulator.DemoUser!.AccountId))!.GrantedScopes.ToArray());

        var response = await browser.SendAsync(HttpMethod.Get, web.Url("consent?scope=user-top-read"));

        var scope = HttpUtility.ParseQueryString(response.Headers.Location!.Query)["scope"]!.Split(' ');
        Assert.Equal(["user-library-read", "user-read-playback-state", "user-top-read"], scope.Order(StringComparer.Ordinal));
    }
}
