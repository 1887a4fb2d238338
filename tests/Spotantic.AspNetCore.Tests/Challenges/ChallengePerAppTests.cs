using System.Net;
using System.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Spotantic.AspNetCore.Tests.Support;
using Spotantic.Auth;
using Spotantic.Clients;
using Spotantic.Testing;

namespace Spotantic.AspNetCore.Tests.Challenges;

public sealed class ChallengePerAppTests
{
    private const string PartnerClientId = "web-tests-partner";
    private const string PartnerScheme = "SpotifyPartner";
    private const string PartnerCallbackPath = "/signin-spotify-partner";

    [Fact]
    public async Task AnonymousCall_ThroughNamedApp_ChallengesThatAppsSchemeWithItsClientId()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await StartTwoAppsAsync(emulator);
        using var browser = new Browser();

        var response = await browser.SendAsync(HttpMethod.Get, web.Url("partner/profile"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(new Uri(emulator.AccountsBaseAddress, "authorize").AbsoluteUri + "?", location.AbsoluteUri, StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal(PartnerClientId, query["client_id"]);
        Assert.Equal(web.Url(PartnerCallbackPath.TrimStart('/')).AbsoluteUri, query["redirect_uri"]);
        Assert.Equal("user-read-private", query["scope"]);

        // The round trip signs in to the partner app, whose client then acts for the user.
        var page = await browser.NavigateAsync(location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(emulator.DemoUser!.Id, await page.Content.ReadAsStringAsync());
        Assert.All(emulator.RequestLog.Find("POST", "/api/token"), request => Assert.Contains(PartnerClientId, request.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnonymousCall_ThroughUnnamedApp_ChallengesTheDefaultSchemeWithItsClientId()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await StartTwoAppsAsync(emulator);
        using var browser = new Browser();

        var response = await browser.SendAsync(HttpMethod.Get, web.Url("profile"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = HttpUtility.ParseQueryString(response.Headers.Location!.Query);
        Assert.Equal(TestWebApp.ClientId, query["client_id"]);
        Assert.Equal(web.CallbackUri.AbsoluteUri, query["redirect_uri"]);
    }

    [Fact]
    public async Task SignedInToPartnerOnly_CallThroughUnnamedApp_ChallengesTheUnnamedApp()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await StartTwoAppsAsync(emulator);
        using var browser = new Browser();
        await web.SignInAsync(browser, "/partner/profile");

        // The user's key has a token in the partner app's store only: the unnamed app still needs its own sign-in.
        var response = await browser.SendAsync(HttpMethod.Get, web.Url("profile"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TestWebApp.ClientId, HttpUtility.ParseQueryString(response.Headers.Location!.Query)["client_id"]);
    }

    [Fact]
    public async Task InsufficientScope_ForAnotherTokenKey_PropagatesWhileTheCurrentUsersIsAChallenge()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(
            emulator,
            new Dictionary<string, string?> { ["Spotantic:Auth:Scope"] = "user-library-read" },
            configureApp: MapOtherUserEndpoints);
        using var browser = new Browser();
        await web.SignInAsync(browser);
        var grant = emulator.Accounts.IssueUserToken(TestWebApp.ClientId, emulator.FindUser("alice.example")!.Id, "user-library-read");
        await web.Tokens.GetManager("someone-else").SetTokenAsync(new SpotifyToken
        {
            AccessToken = grant.AccessToken,
            RefreshToken = grant.RefreshToken,
            Scope = string.Join(' ', grant.Scopes),
            ExpiresIn = 3600,
            ExpiresAt = grant.ExpiresAt.ToUnixTimeSeconds(),
        });

        // Another user's consent cannot be obtained from this browser: no challenge, the error surfaces.
        using var others = await browser.SendAsync(HttpMethod.Get, web.Url("others/playing"));

        Assert.Equal(HttpStatusCode.InternalServerError, others.StatusCode);
        Assert.Contains(nameof(Exceptions.SpotifyInsufficientScopeException), await others.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var own = await browser.SendAsync(HttpMethod.Get, web.Url("playing"));

        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal("/authorize", own.Headers.Location!.AbsolutePath);
        Assert.Contains("user-read-playback-state", HttpUtility.ParseQueryString(own.Headers.Location.Query)["scope"]!.Split(' '));
        Assert.Empty(emulator.RequestLog.Find("GET", "/v1/me/player"));
    }

    [Fact]
    public async Task AuthorizationRequired_ForAnotherTokenKey_PropagatesWithoutChallenge()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator, configureApp: MapOtherUserEndpoints);
        using var browser = new Browser();

        using var response = await browser.SendAsync(HttpMethod.Get, web.Url("others/profile"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(nameof(Exceptions.SpotifyAuthorizationRequiredException), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseSpotifyChallenges_WithoutAddSpotify_Throws()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddSpotantic(_ => { });
        builder.Services.AddAuthentication().AddCookie();
        await using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.UseSpotifyChallenges());

        Assert.Contains("AddSpotify", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NotAScheme")]
    [InlineData("Cookies")]
    public async Task UseSpotifyChallenges_WithSchemeThatIsNotASpotifyScheme_Throws(string scheme)
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var app = TestWebApp.Build(emulator);

        var exception = Assert.Throws<InvalidOperationException>(() => app.UseSpotifyChallenges(scheme));

        Assert.Contains("'" + scheme + "'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(SpotifyAuthenticationDefaults.AuthenticationScheme, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseSpotifyChallenges_WithTheSpotifyScheme_DoesNotThrow()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var app = TestWebApp.Build(emulator);

        Assert.Same(app, app.UseSpotifyChallenges(SpotifyAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>The unnamed app and a "partner" app with its own client ID, each with its own Spotify scheme.</summary>
    private static async Task<TestWebApp> StartTwoAppsAsync(SpotifyEmulator emulator)
    {
        var web = await TestWebApp.StartAsync(
            emulator,
            new Dictionary<string, string?>
            {
                ["Partner:Auth:ClientId"] = PartnerClientId,
                ["Partner:Auth:Flow"] = "AuthorizationCodePkce",
                ["Partner:Auth:Scope"] = "user-read-private",
                ["Partner:Client:ApiBaseAddress"] = emulator.ApiBaseAddress.AbsoluteUri,
                ["Partner:Client:AccountsBaseAddress"] = emulator.AccountsBaseAddress.AbsoluteUri,
                ["Partner:Client:MaxAttempts"] = "1",
            },
            configureBuilder: builder =>
            {
                builder.Services.AddSpotantic("partner", builder.Configuration.GetSection("Partner"));

                // Its own callback path: two schemes on one path would both claim Spotify's answer.
                builder.Services.AddAuthentication().AddSpotify(PartnerScheme, options =>
                {
                    options.SpotanticAppName = "partner";
                    options.CallbackPath = PartnerCallbackPath;
                });
            },
            configureApp: app => app.MapGet("/partner/profile", async ([FromKeyedServices("partner")] IUsersClient users, CancellationToken cancellationToken) =>
                Results.Text((await users.GetCurrentUserProfileAsync(cancellationToken)).Data.Id)));
        emulator.RegisterApp(PartnerClientId, TestWebApp.ClientSecret, web.Url(PartnerCallbackPath.TrimStart('/')).AbsoluteUri);
        return web;
    }

    /// <summary>Endpoints that call Spotify for a fixed token key rather than the browser's user, as a back-office page might.</summary>
    private static void MapOtherUserEndpoints(WebApplication app)
    {
        app.MapGet("/others/playing", async (ISpotifyClientFactory clients, CancellationToken cancellationToken) =>
        {
            var state = (await clients.ForUser("someone-else").Player.GetPlaybackStateAsync(cancellationToken: cancellationToken)).Data;
            return Results.Text(state?.IsPlaying == true ? "playing" : "nothing");
        });
        app.MapGet("/others/profile", async (ISpotifyClientFactory clients, CancellationToken cancellationToken) =>
            Results.Text((await clients.ForUser("nobody").Users.GetCurrentUserProfileAsync(cancellationToken)).Data.Id));
    }
}
