using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Spotantic.Testing.Tests.Support;
using static Spotantic.Testing.Tests.Support.OAuthClient;

namespace Spotantic.Testing.Tests.Accounts;

/// <summary>The per-browser sign-in page: /authorize sends a browser without a session to /login, the cookie picks the user.</summary>
public sealed partial class SignInPageTests
{
    private const string ClientId = EmulatorHarness.ClientId;
    private const string Redirect = EmulatorHarness.RedirectUri;
    private const string SecondUserId = "listener.b";
    private const string SecondUserName = "Listener B";

    [Fact]
    public async Task Authorize_SignInPageWithTwoBrowsers_EachBrowserGetsTheTokenOfItsOwnUser()
    {
        await using var h = await StartAsync();
        using var first = new Browser(h.Emulator);
        using var second = new Browser(h.Emulator);

        var firstMe = await SignInAndCallMeAsync(h, first, h.DemoUser.Id);
        var secondMe = await SignInAndCallMeAsync(h, second, SecondUserId);

        Assert.Equal(h.DemoUser.Id, firstMe.GetProperty("id").GetString());
        Assert.Equal(SecondUserId, secondMe.GetProperty("id").GetString());
        Assert.Equal(h.DemoUser.Id, (await AuthorizeAndCallMeAsync(first)).GetProperty("id").GetString());
        Assert.Equal(SecondUserId, (await AuthorizeAndCallMeAsync(second)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Authorize_SignInPageWithoutSession_RedirectsToLoginWithTheRequestAsContinue()
    {
        await using var h = await StartAsync();
        using var browser = new Browser(h.Emulator);
        var url = AuthorizeUrl(ClientId, Redirect, "user-read-email", "st&=?");

        using var response = await browser.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.False(location.IsAbsoluteUri);
        Assert.StartsWith("/login?continue=", location.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/" + url, ContinueOf(location));
    }

    [Fact]
    public async Task Authorize_SignInPageWithBadClientOrRedirectUri_ShowsTheErrorWithoutLogin()
    {
        await using var h = await StartAsync();
        using var browser = new Browser(h.Emulator);

        using var badClient = await browser.Http.GetAsync(AuthorizeUrl("unknown-client", Redirect));
        using var badRedirect = await browser.Http.GetAsync(AuthorizeUrl(ClientId, "http://127.0.0.1:9999/other"));

        Assert.Equal(HttpStatusCode.BadRequest, badClient.StatusCode);
        Assert.Contains("INVALID_CLIENT: Invalid client", await badClient.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badRedirect.StatusCode);
        Assert.Contains("INVALID_CLIENT: Invalid redirect URI", await badRedirect.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_DefaultMode_RedirectsWithCodeWithoutLogin()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var browser = new Browser(h.Emulator);

        using var response = await browser.Http.GetAsync(AuthorizeUrl(ClientId, Redirect, "user-read-email", "s"));

        Assert.Equal(EmulatorSignInMode.SignedInUser, h.Emulator.Accounts.SignIn);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Redirect + "?code=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Empty(browser.Cookies.GetAllCookies());
    }

    [Fact]
    public async Task LoginPage_ListsEveryUser_WithAStableButtonIdAndTheEncodedDisplayName()
    {
        await using var h = await StartAsync();
        h.Emulator.AddUser("odd.user", "<b>Odd & \"Co\"</b>");
        using var browser = new Browser(h.Emulator);

        using var response = await browser.Http.GetAsync("login?continue=" + Uri.EscapeDataString("/authorize?client_id=a&x=\"><script>"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Log in to Spotify (emulator)", html, StringComparison.Ordinal);
        foreach (var user in h.Emulator.Users)
        {
            Assert.Matches($"<button id=\"sign-in-{Regex.Escape(WebUtility.HtmlEncode(user.Id))}\"[^>]*>{Regex.Escape(WebUtility.HtmlEncode(user.DisplayName))}</button>", html);
        }

        Assert.Contains("&lt;b&gt;Odd &amp; &quot;Co&quot;&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_UnknownUser_IsRefusedWithoutCookie()
    {
        await using var h = await StartAsync();
        using var browser = new Browser(h.Emulator);

        using var response = await browser.PostLoginAsync("nobody.here", "/" + AuthorizeUrl(ClientId, Redirect));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("Unknown user", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(browser.Cookies.GetAllCookies());
    }

    [Theory]
    [InlineData("http://evil.example/authorize?client_id=test-client")]
    [InlineData("//evil.example/authorize")]
    [InlineData("/\\evil.example/authorize")]
    [InlineData("authorize?client_id=test-client")]
    [InlineData("/v1/me")]
    [InlineData("/authorizex?client_id=test-client")]
    [InlineData("/authorize/consent")]
    [InlineData("/authorize?a=b\r\nSet-Cookie: x=y")]
    public async Task Login_ContinueToAnotherHostOrNotToAuthorize_IsRefused(string continueTo)
    {
        await using var h = await StartAsync();
        using var browser = new Browser(h.Emulator);

        using var post = await browser.PostLoginAsync(h.DemoUser.Id, continueTo);
        using var page = await browser.Http.GetAsync("login?continue=" + Uri.EscapeDataString(continueTo));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Null(post.Headers.Location);
        Assert.Contains("continue must be a relative /authorize path", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(browser.Cookies.GetAllCookies());
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Fact]
    public async Task Login_SessionCookie_IsOpaqueHttpOnlyLaxAndNotTheUserId()
    {
        await using var h = await StartAsync();
        using var browser = new Browser(h.Emulator);

        using var response = await browser.PostLoginAsync(h.DemoUser.Id, "/" + AuthorizeUrl(ClientId, Redirect));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var header = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(EmulatorAccounts.SessionCookieName + "=", header, StringComparison.Ordinal);
        Assert.Contains("httponly", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", header, StringComparison.OrdinalIgnoreCase);
        var cookie = Assert.Single(browser.Cookies.GetAllCookies());
        Assert.Equal(EmulatorAccounts.SessionCookieName, cookie.Name);
        Assert.True(cookie.HttpOnly);
        Assert.True(cookie.Value.Length >= 32);
        Assert.DoesNotContain(h.DemoUser.Id, cookie.Value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(h.DemoUser.AccountId, cookie.Value, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Authorize_CookieWithTheUserIdAsValue_RedirectsToLogin()
    {
        await using var h = await StartAsync();
        using var browser = new Browser(h.Emulator);
        browser.Cookies.Add(h.Emulator.BaseAddress, new Cookie(EmulatorAccounts.SessionCookieName, h.DemoUser.Id));

        using var response = await browser.Http.GetAsync(AuthorizeUrl(ClientId, Redirect));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_AfterSignIn_NextAuthorizeGoesToLoginAgainAndTheOldSessionIsDead()
    {
        await using var h = await StartAsync();
        using var browser = new Browser(h.Emulator);
        await SignInAndCallMeAsync(h, browser, SecondUserId);
        var oldSession = Assert.Single(browser.Cookies.GetAllCookies()).Value;

        using var logout = await browser.Http.GetAsync("logout");
        using var afterLogout = await browser.Http.GetAsync(AuthorizeUrl(ClientId, Redirect));
        using var replayed = new Browser(h.Emulator);
        replayed.Cookies.Add(h.Emulator.BaseAddress, new Cookie(EmulatorAccounts.SessionCookieName, oldSession));
        using var withOldSession = await replayed.Http.GetAsync(AuthorizeUrl(ClientId, Redirect));

        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);
        Assert.Contains("logged out", await logout.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(browser.Cookies.GetAllCookies());
        Assert.StartsWith("/login?", afterLogout.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/login?", withOldSession.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_Post_RedirectsOnlyToARelativeContinue()
    {
        await using var h = await StartAsync();
        using var browser = new Browser(h.Emulator);
        var authorize = "/" + AuthorizeUrl(ClientId, Redirect);

        using var relative = await browser.Http.PostAsync("logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["continue"] = authorize }));
        using var external = await browser.Http.PostAsync("logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["continue"] = "https://evil.example/" }));
        using var protocolRelative = await browser.Http.GetAsync("logout?continue=" + Uri.EscapeDataString("//evil.example/"));

        Assert.Equal(HttpStatusCode.Redirect, relative.StatusCode);
        Assert.Equal(authorize, relative.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, external.StatusCode);
        Assert.Null(external.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, protocolRelative.StatusCode);
        Assert.Null(protocolRelative.Headers.Location);
    }

    [Fact]
    public async Task ConsentPage_SignInPageMode_ShowsTheSignedInUserAndApprovesForThatUser()
    {
        await using var h = await StartAsync();
        h.Emulator.Accounts.Consent = ConsentMode.ShowConsentPage;
        using var browser = new Browser(h.Emulator);
        var verifier = NewVerifier();
        var url = AuthorizeUrl(ClientId, Redirect, "user-read-email", "c1", ChallengeOf(verifier));
        using var toLogin = await browser.Http.GetAsync(url);
        using var signedIn = await browser.PostLoginAsync(SecondUserId, ContinueOf(toLogin.Headers.Location!));

        using var page = await browser.Http.GetAsync(signedIn.Headers.Location!.OriginalString.TrimStart('/'));
        var html = await page.Content.ReadAsStringAsync();
        using var approved = await browser.Http.PostAsync("authorize/consent", DecisionForm(RequestIdPattern().Match(html).Groups[1].Value, "approve"));
        var me = await ExchangeAndCallMeAsync(browser, QueryOf(approved.Headers.Location!)["code"], verifier);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"<p id=\"signed-in-user\">Signed in as {SecondUserName}.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"switch-user\"", html, StringComparison.Ordinal);
        Assert.Equal(SecondUserId, me.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ConsentPage_DefaultMode_ShowsTheSignedInUsersDisplayName()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Accounts.Consent = ConsentMode.ShowConsentPage;

        using var page = await h.Http.GetAsync(AuthorizeUrl(ClientId, Redirect, "user-read-email", "c2"));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"<p id=\"signed-in-user\">Signed in as {h.DemoUser.DisplayName}.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("switch-user", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsentPage_AnsweredByAnotherBrowser_IsRefused()
    {
        await using var h = await StartAsync();
        h.Emulator.Accounts.Consent = ConsentMode.ShowConsentPage;
        using var owner = new Browser(h.Emulator);
        using var other = new Browser(h.Emulator);
        var url = AuthorizeUrl(ClientId, Redirect, "user-read-email", "c3");
        using var toLogin = await owner.Http.GetAsync(url);
        using var signedIn = await owner.PostLoginAsync(h.DemoUser.Id, ContinueOf(toLogin.Headers.Location!));
        using var otherSignedIn = await other.PostLoginAsync(SecondUserId, "/" + url);
        using var page = await owner.Http.GetAsync(url);
        var requestId = RequestIdPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;

        using var answer = await other.Http.PostAsync("authorize/consent", DecisionForm(requestId, "approve"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
        Assert.Contains("sign-in session ended", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_SignInPageAndDenyMode_SignsInThenRedirectsWithAccessDenied()
    {
        await using var h = await StartAsync();
        h.Emulator.Accounts.Consent = ConsentMode.Deny;
        using var browser = new Browser(h.Emulator);
        var url = AuthorizeUrl(ClientId, Redirect, null, "d1");

        using var toLogin = await browser.Http.GetAsync(url);
        using var signedIn = await browser.PostLoginAsync(h.DemoUser.Id, ContinueOf(toLogin.Headers.Location!));
        var redirect = await AuthorizeAsync(browser.Http, url);

        Assert.StartsWith("/login?", toLogin.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("access_denied", redirect["error"]);
        Assert.Equal("d1", redirect["state"]);
    }

    private static async Task<EmulatorHarness> StartAsync()
    {
        var h = await EmulatorHarness.StartAsync();
        h.Emulator.AddUser(SecondUserId, SecondUserName);
        h.Emulator.Accounts.SignIn = EmulatorSignInMode.SignInPage;
        return h;
    }

    /// <summary>authorize, redirected to /login, the user's button, back to authorize, then the code for a token and /me.</summary>
    private static async Task<JsonElement> SignInAndCallMeAsync(EmulatorHarness h, Browser browser, string userId)
    {
        var verifier = NewVerifier();
        var url = AuthorizeUrl(ClientId, Redirect, "user-read-email", "st-" + userId, ChallengeOf(verifier));
        using var toLogin = await browser.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith("/login?continue=", toLogin.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var loginPage = await browser.Http.GetAsync(toLogin.Headers.Location!.OriginalString.TrimStart('/'));
        var html = await loginPage.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"sign-in-{WebUtility.HtmlEncode(userId)}\"", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(h.Emulator.FindUser(userId)!.DisplayName), html, StringComparison.Ordinal);

        var continueTo = ContinueOf(toLogin.Headers.Location!);
        using var signedIn = await browser.PostLoginAsync(userId, continueTo);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(continueTo, signedIn.Headers.Location!.OriginalString);

        var redirect = await AuthorizeAsync(browser.Http, continueTo.TrimStart('/'));
        Assert.Equal("st-" + userId, redirect["state"]);
        return await ExchangeAndCallMeAsync(browser, redirect["code"], verifier);
    }

    /// <summary>A browser already signed in goes straight from authorize back to the app.</summary>
    private static async Task<JsonElement> AuthorizeAndCallMeAsync(Browser browser)
    {
        var verifier = NewVerifier();
        var redirect = await AuthorizeAsync(browser.Http, AuthorizeUrl(ClientId, Redirect, "user-read-email", "again", ChallengeOf(verifier)));
        return await ExchangeAndCallMeAsync(browser, redirect["code"], verifier);
    }

    private static async Task<JsonElement> ExchangeAndCallMeAsync(Browser browser, string code, string verifier)
    {
        var (status, body) = await TokenAsync(browser.Http, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = Redirect,
            ["client_id"] = ClientId,
            ["code_verifier"] = verifier,
        });
        Assert.Equal(HttpStatusCode.OK, status);

        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/me");
        request.Headers.Authorization = new("Bearer", body.GetProperty("access_token").GetString());
        using var response = await browser.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string ContinueOf(Uri loginLocation) => QueryOf(new Uri(new Uri("http://127.0.0.1/"), loginLocation))["continue"];

    private static FormUrlEncodedContent DecisionForm(string requestId, string decision) =>
        new(new Dictionary<string, string> { ["request_id"] = requestId, ["decision"] = decision });

    [GeneratedRegex("name=\"request_id\" value=\"([^\"]+)\"")]
    private static partial Regex RequestIdPattern();

    /// <summary>One browser: its own cookie jar, redirects left to the test.</summary>
    private sealed class Browser : IDisposable
    {
        public Browser(SpotifyEmulator emulator)
        {
            Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = Cookies })
            {
                BaseAddress = emulator.BaseAddress,
            };
        }

        public CookieContainer Cookies { get; } = new();

        public HttpClient Http { get; }

        public Task<HttpResponseMessage> PostLoginAsync(string userId, string continueTo) =>
            Http.PostAsync("login", new FormUrlEncodedContent(new Dictionary<string, string> { ["user_id"] = userId, ["continue"] = continueTo }));

        public void Dispose() => Http.Dispose();
    }
}
