using System.Net;
using System.Security.Claims;
using System.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Spotantic.AspNetCore.Tests.Support;
using Spotantic.Auth;
using Spotantic.Clients;
using Spotantic.Testing;

namespace Spotantic.AspNetCore.Tests.Authentication;

public sealed class SignInTests
{
    [Fact]
    public async Task SignIn_WithPkce_UsesS256AndSendsVerifierWithoutSecret()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();

        var page = await web.SignInAsync(browser);

        Assert.Equal("spotantic.demo|Demo User", await page.Content.ReadAsStringAsync());
        var authorize = browser.History.Single(h => h.Url.AbsolutePath == "/authorize").Url;
        var query = HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(web.CallbackUri.AbsoluteUri, query["redirect_uri"]);
        var tokenRequest = Assert.Single(emulator.RequestLog.Find("POST", "/api/token"));
        var form = HttpUtility.ParseQueryString(tokenRequest.Body!);
        Assert.False(string.IsNullOrEmpty(form["code_verifier"]));
        Assert.Equal(TestWebApp.ClientId, form["client_id"]);
        Assert.Null(form["client_secret"]);
        Assert.Null(tokenRequest.Authorization);
    }

    [Fact]
    public async Task SignIn_WithClientSecretFlow_AuthenticatesWithBasic()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator, new Dictionary<string, string?>
        {
            ["Spotantic:Auth:Flow"] = "AuthorizationCode",
            ["Spotantic:Auth:ClientSecret"] = TestWebApp.ClientSecret,
        });
        using var browser = new Browser();

        await web.SignInAsync(browser);

        var tokenRequest = Assert.Single(emulator.RequestLog.Find("POST", "/api/token"));
        Assert.StartsWith("Basic ", tokenRequest.Authorization, StringComparison.Ordinal);
        Assert.DoesNotContain(TestWebApp.ClientSecret, tokenRequest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AuthCookie_HoldsClaimsButNoToken()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();

        await web.SignInAsync(browser);

        var demo = emulator.DemoUser!;
        var token = await web.Tokens.GetManager(SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + demo.AccountId).GetTokenAsync();
        var ticket = web.ReadTicket(browser);
        Assert.NotNull(ticket);
        Assert.DoesNotContain(ticket.Properties.Items.Keys, key => key.StartsWith(".Token.", StringComparison.Ordinal) || key.Contains("code_verifier", StringComparison.Ordinal));
        var values = ticket.Principal.Claims.Select(c => c.Value).Concat(ticket.Properties.Items.Values.OfType<string>()).ToArray();
        Assert.DoesNotContain(token.AccessToken, values);
        Assert.DoesNotContain(token.RefreshToken!, values);
        var setCookies = browser.History.SelectMany(h => h.Response.Headers.TryGetValues("Set-Cookie", out var v) ? v : []).ToArray();
        Assert.NotEmpty(setCookies);
        Assert.All(setCookies, header =>
        {
            Assert.DoesNotContain(token.AccessToken, header, StringComparison.Ordinal);
            Assert.DoesNotContain(token.RefreshToken!, header, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task SignIn_Ticket_HasProfileClaimsAndAccountIdTokenKey()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();

        await web.SignInAsync(browser);

        var demo = emulator.DemoUser!;
        var principal = web.ReadTicket(browser)!.Principal;
        Assert.Equal(demo.Id, principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal(demo.Id, principal.FindFirstValue(SpotifyClaimTypes.UserId));
        Assert.Equal(demo.DisplayName, principal.FindFirstValue(ClaimTypes.Name));
        Assert.Equal(demo.AccountId, principal.FindFirstValue(SpotifyClaimTypes.AccountId));
        Assert.Equal(SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + demo.AccountId, principal.FindFirstValue(SpotifyClaimTypes.TokenKey));
        var stored = await web.Store.GetAsync(SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + demo.AccountId);
        Assert.NotNull(stored);
        Assert.Contains("user-library-read", stored.GrantedScopes.ToArray());
        Assert.NotNull(stored.RefreshToken);
    }

    [Fact]
    public async Task Callback_WithTamperedState_FailsWithoutSigningIn()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();
        var challenge = await browser.SendAsync(HttpMethod.Get, web.Url("profile"));
        var atSpotify = await browser.SendAsync(HttpMethod.Get, challenge.Headers.Location!);
        var callback = atSpotify.Headers.Location!;
        var query = HttpUtility.ParseQueryString(callback.Query);

        var tampered = await browser.SendAsync(HttpMethod.Get, new Uri(web.CallbackUri, "?code=" + Uri.EscapeDataString(query["code"]!) + "&state=" + Uri.EscapeDataString(query["state"]![..^4] + "AAAA")));

        // The default failure page: a 400 with a way back, never the framework's unhandled exception.
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Contains("Try again", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(web.ReadTicket(browser));
        Assert.Empty(emulator.RequestLog.Find("POST", "/api/token"));
    }

    [Fact]
    public async Task Callback_WithoutState_FailsWithoutSigningIn()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();
        var challenge = await browser.SendAsync(HttpMethod.Get, web.Url("profile"));
        var callback = (await browser.SendAsync(HttpMethod.Get, challenge.Headers.Location!)).Headers.Location!;
        var code = HttpUtility.ParseQueryString(callback.Query)["code"]!;

        var response = await browser.SendAsync(HttpMethod.Get, new Uri(web.CallbackUri, "?code=" + Uri.EscapeDataString(code)));

        Assert.False(response.IsSuccessStatusCode || Browser.IsRedirect(response.StatusCode));
        Assert.Null(web.ReadTicket(browser));
        Assert.Empty(emulator.RequestLog.Find("POST", "/api/token"));
    }

    [Fact]
    public async Task Callback_WithoutCorrelationCookie_FailsWithoutSigningIn()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();
        var challenge = await browser.SendAsync(HttpMethod.Get, web.Url("profile"));
        var callback = (await browser.SendAsync(HttpMethod.Get, challenge.Headers.Location!)).Headers.Location!;
        using var otherBrowser = new Browser();

        var response = await otherBrowser.SendAsync(HttpMethod.Get, callback);

        Assert.False(response.IsSuccessStatusCode || Browser.IsRedirect(response.StatusCode));
        Assert.Null(web.ReadTicket(otherBrowser));
        Assert.Empty(emulator.RequestLog.Find("POST", "/api/token"));
    }

    [Fact]
    public async Task SignOut_SignedInUser_RemovesTokenFromStore()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();
        await web.SignInAsync(browser);
        var key = SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + emulator.DemoUser!.AccountId;
        Assert.NotNull(await web.Store.GetAsync(key));

        var response = await browser.SendAsync(HttpMethod.Post, web.Url("signout"), []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await web.Store.GetAsync(key));
        await Assert.ThrowsAsync<Exceptions.SpotifyAuthorizationRequiredException>(async () => await web.Tokens.GetManager(key).GetTokenAsync());
        Assert.Null(web.ReadTicket(browser));
    }

    [Fact]
    public async Task TwoUsers_SignedInConcurrently_EachSeeOwnData()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        emulator.Accounts.SignIn = EmulatorSignInMode.SignInPage;
        await using var web = await TestWebApp.StartAsync(emulator);
        var alice = emulator.FindUser("alice.example")!;
        var demo = emulator.DemoUser!;
        using var demoBrowser = new Browser();
        using var aliceBrowser = new Browser();
        await demoBrowser.SignInToSpotifyAsync(emulator, demo.Id);
        await aliceBrowser.SignInToSpotifyAsync(emulator, alice.Id);
        await Task.WhenAll(web.SignInAsync(demoBrowser), web.SignInAsync(aliceBrowser));
        emulator.RequestLog.Clear();

        async Task<string[]> ReadProfilesAsync(Browser browser)
        {
            var pages = new List<string>();
            for (var i = 0; i < 10; i++)
            {
                using var response = await browser.SendAsync(HttpMethod.Get, web.Url("profile"));
                pages.Add(await response.Content.ReadAsStringAsync());
            }

            return [.. pages];
        }

        var results = await Task.WhenAll(ReadProfilesAsync(demoBrowser), ReadProfilesAsync(aliceBrowser));

        Assert.All(results[0], page => Assert.Equal(demo.Id + "|" + demo.DisplayName, page));
        Assert.All(results[1], page => Assert.Equal(alice.Id + "|" + alice.DisplayName, page));
        var demoToken = (await web.Store.GetAsync(SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + demo.AccountId))!.AccessToken;
        var aliceToken = (await web.Store.GetAsync(SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + alice.AccountId))!.AccessToken;
        Assert.NotEqual(demoToken, aliceToken);
        var calls = emulator.RequestLog.Find("GET", "/v1/me");
        Assert.Equal(10, calls.Count(c => c.Authorization == "Bearer " + demoToken));
        Assert.Equal(10, calls.Count(c => c.Authorization == "Bearer " + aliceToken));
        Assert.Equal(20, calls.Count);
    }

    [Fact]
    public async Task SignIn_UserWhoseIdIsDefault_KeyedApartFromTheAppsDefaultKey()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        var user = emulator.AddUser(Spotantic.Auth.SpotifyTokenKeys.Default, "Named Default");
        emulator.Accounts.SignedInUserId = user.Id;
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();

        await web.SignInAsync(browser);

        var key = web.ReadTicket(browser)!.Principal.FindFirstValue(SpotifyClaimTypes.TokenKey);
        Assert.Equal(SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + user.AccountId, key);
        Assert.NotNull(await web.Store.GetAsync(key!));
        Assert.Null(await web.Store.GetAsync(Spotantic.Auth.SpotifyTokenKeys.Default));
    }

    [Fact]
    public async Task SignIn_ProfileBodyMalformed_FailsWithoutStoringAToken()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        Exception? failure = null;

        // Recorded on the way to the default failure page, which does not show the reason (it may echo the query string).
        await using var web = await TestWebApp.StartAsync(emulator, configure: options =>
        {
            var page = options.Events.OnRemoteFailure;
            options.Events.OnRemoteFailure = context =>
            {
                failure = context.Failure;
                return page(context);
            };
        });
        using var browser = new Browser();
        emulator.Faults.On("GET", "/v1/me").Next(1).MalformJson();

        var response = await browser.NavigateAsync(web.Url("profile"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(failure);
        Assert.Contains("Spotify's answer from GET /me is not valid JSON", failure.Message, StringComparison.Ordinal);
        Assert.IsNotType<NullReferenceException>(failure);
        Assert.Null(web.ReadTicket(browser));
        Assert.Null(await web.Store.GetAsync(SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + emulator.DemoUser!.AccountId));
    }

    [Fact]
    public async Task SignIn_SchemeForNamedApp_TokenInThatAppsStoreAndItsKeyedClientsActForTheUser()
    {
        const string PartnerClientId = "web-tests-partner";
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(
            emulator,
            new Dictionary<string, string?>
            {
                ["Partner:Auth:ClientId"] = PartnerClientId,
                ["Partner:Auth:Flow"] = "AuthorizationCodePkce",
                ["Partner:Auth:Scope"] = "user-read-private",
                ["Partner:Client:ApiBaseAddress"] = emulator.ApiBaseAddress.AbsoluteUri,
                ["Partner:Client:AccountsBaseAddress"] = emulator.AccountsBaseAddress.AbsoluteUri,
            },
            configure: options => options.SpotanticAppName = "partner",
            configureBuilder: builder => builder.Services.AddSpotantic("partner", builder.Configuration.GetSection("Partner")),
            configureApp: app => app.MapGet("/partner/profile", async ([FromKeyedServices("partner")] IUsersClient users, CancellationToken cancellationToken) =>
                Results.Text((await users.GetCurrentUserProfileAsync(cancellationToken)).Data.Id)),
            clientId: PartnerClientId);
        using var browser = new Browser();

        var page = await web.SignInAsync(browser, "/partner/profile");

        var key = SpotifyAuthenticationDefaults.AccountTokenKeyPrefix + emulator.DemoUser!.AccountId;
        Assert.Equal(emulator.DemoUser.Id, await page.Content.ReadAsStringAsync());
        Assert.NotNull(await web.App.Services.GetRequiredKeyedService<ISpotifyTokenStore>("partner").GetAsync(key));
        Assert.Null(await web.Store.GetAsync(key));
        Assert.All(emulator.RequestLog.Find("POST", "/api/token"), request => Assert.Contains(PartnerClientId, request.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_UserDeclinesOnSpotify_Answers403PageWithoutSigningIn()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        emulator.Accounts.Consent = ConsentMode.Deny;
        await using var web = await TestWebApp.StartAsync(emulator);
        using var browser = new Browser();

        var response = await browser.NavigateAsync(web.Url("profile"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("chose not to connect", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/profile\"", page, StringComparison.Ordinal);
        Assert.Null(web.ReadTicket(browser));
        Assert.Empty(emulator.RequestLog.Find("POST", "/api/token"));
    }

    [Fact]
    public async Task SignIn_AppHandlesAccessDenied_ItsHandlerWins()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        emulator.Accounts.Consent = ConsentMode.Deny;
        await using var web = await TestWebApp.StartAsync(emulator, configure: options => options.AccessDeniedPath = "/whoami");
        using var browser = new Browser();

        var response = await browser.NavigateAsync(web.Url("profile"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("anonymous", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("//evil.example/steal", "/")]
    [InlineData("/\\evil.example/steal", "/")]
    [InlineData("https://evil.example/steal", "/")]
    [InlineData("/whoami?from=signin", "/whoami?from=signin")]
    public async Task ChallengeSpotifyAsync_ReturnUrl_OnlyAPathOnThisSiteIsFollowed(string returnUrl, string expected)
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        await using var web = await TestWebApp.StartAsync(emulator, configureApp: app =>
            app.MapGet("/signin-then", (HttpContext context, string to) => context.ChallengeSpotifyAsync(returnUrl: to)));
        using var browser = new Browser();

        var challenge = await browser.SendAsync(HttpMethod.Get, web.Url("signin-then?to=" + Uri.EscapeDataString(returnUrl)));
        var callback = (await browser.SendAsync(HttpMethod.Get, challenge.Headers.Location!)).Headers.Location!;
        var signedIn = await browser.SendAsync(HttpMethod.Get, callback);

        Assert.True(Browser.IsRedirect(signedIn.StatusCode), signedIn.StatusCode.ToString());
        Assert.Equal(expected, signedIn.Headers.Location!.OriginalString);
        Assert.NotNull(web.ReadTicket(browser));
    }
}
