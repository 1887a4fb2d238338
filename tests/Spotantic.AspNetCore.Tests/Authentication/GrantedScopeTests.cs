using System.Net;
using System.Text.Json.Nodes;
using System.Web;
using Spotantic.AspNetCore.Tests.Support;
using Spotantic.Http;
using Spotantic.Testing;

namespace Spotantic.AspNetCore.Tests.Authentication;

public sealed class GrantedScopeTests
{
    // The handler's state item holding the requested scopes; it must never reach the cookie.
    private const string RequestedScopeItem = ".spotantic.scope";

    [Theory]
    [InlineData("user-read-private")]
    [InlineData("")]
    public async Task SignIn_TokenAnswerHasScope_StoresExactlyThatScope(string granted)
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        var rewriter = new TokenResponseRewriter(json => json["scope"] = granted);
        await using var web = await TestWebApp.StartAsync(emulator, configure: options => options.BackchannelHttpHandler = rewriter);
        using var browser = new Browser();

        await browser.NavigateAsync(web.Url("whoami"));
        var challenge = await browser.SendAsync(HttpMethod.Get, web.Url("consent?scope=user-top-read"));
        await browser.NavigateAsync(challenge.Headers.Location!);

        // Spotify's word beats what was asked for (three scopes here), even when it grants nothing.
        Assert.Equal(1, rewriter.Rewritten);
        var stored = await web.Store.GetAsync(TokenKeyOf(emulator));
        Assert.NotNull(stored);
        Assert.Equal(granted, stored.Scope);
        Assert.Equal(SpotifyScopes.Parse(granted).Order(StringComparer.Ordinal), stored.GrantedScopes.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(RequestedScopeItem, web.ReadTicket(browser)!.Properties.Items.Keys);
    }

    [Fact]
    public async Task SignIn_TokenAnswerWithoutScope_StoresTheScopesTheChallengeAskedFor()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        var rewriter = new TokenResponseRewriter(json => json.Remove("scope"));
        await using var web = await TestWebApp.StartAsync(emulator, configure: options => options.BackchannelHttpHandler = rewriter);
        using var browser = new Browser();

        await web.SignInAsync(browser);

        Assert.Equal(1, rewriter.Rewritten);
        var stored = await web.Store.GetAsync(TokenKeyOf(emulator));
        Assert.NotNull(stored);
        Assert.Equal(["user-library-read", "user-read-private"], stored.GrantedScopes.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(RequestedScopeItem, web.ReadTicket(browser)!.Properties.Items.Keys);
    }

    [Fact]
    public async Task IncrementalConsent_TokenAnswerWithoutScope_StoresTheIncrementalScopesToo()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        var rewriter = new TokenResponseRewriter(json => json.Remove("scope"));
        await using var web = await TestWebApp.StartAsync(
            emulator,
            new Dictionary<string, string?> { ["Spotantic:Auth:Scope"] = "user-library-read" },
            configure: options => options.BackchannelHttpHandler = rewriter);
        using var browser = new Browser();
        await web.SignInAsync(browser);
        Assert.Equal(["user-library-read"], (await web.Store.GetAsync(TokenKeyOf(emulator)))!.GrantedScopes.ToArray());

        // The missing scope makes a challenge for more than the configured scopes; that is what the new token holds.
        var challenge = await browser.SendAsync(HttpMethod.Get, web.Url("playing"));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var requested = HttpUtility.ParseQueryString(challenge.Headers.Location!.Query)["scope"]!.Split(' ');
        var page = await browser.NavigateAsync(challenge.Headers.Location!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("/playing", browser.History[^1].Url.AbsolutePath);
        Assert.Equal(2, rewriter.Rewritten);
        var stored = await web.Store.GetAsync(TokenKeyOf(emulator));
        Assert.Equal(["user-library-read", "user-read-playback-state"], stored!.GrantedScopes.Order(StringComparer.Ordinal));
        Assert.Equal(requested.Order(StringComparer.Ordinal), stored.GrantedScopes.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(RequestedScopeItem, web.ReadTicket(browser)!.Properties.Items.Keys);
    }

    [Fact]
    public async Task SignIn_Emulator_TicketHasNoRequestedScopeItem()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();

        await web.SignInAsync(browser);

        var ticket = web.ReadTicket(browser);
        Assert.NotNull(ticket);
        Assert.DoesNotContain(ticket.Properties.Items, item => item.Key == RequestedScopeItem || item.Value == "user-library-read user-read-private");
    }

    private static string TokenKeyOf(SpotifyEmulator emulator) => SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + emulator.DemoUser!.AccountId;

    // Keeps the JsonNode using in use when only lambdas touch the type.
    private static void Unused(JsonObject json) => _ = json;
}
