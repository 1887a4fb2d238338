using System.Net;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Testing.Tests.Support;
using static Spotantic.Testing.Tests.Support.OAuthClient;

namespace Spotantic.Testing.Tests.Accounts;

public sealed class AuthorizationCodeFlowTests
{
    private const string Redirect = EmulatorHarness.RedirectUri;
    private const string ClientId = EmulatorHarness.ClientId;

    [Fact]
    public async Task Pkce_HappyPath_IssuesUserTokenThatCallsTheApi()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var verifier = NewVerifier();

        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, Redirect, "user-read-email user-library-read", "xyz-state", ChallengeOf(verifier)));
        Assert.Equal("xyz-state", redirect["state"]);
        var (status, body) = await TokenAsync(h.Http, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = redirect["code"],
            ["redirect_uri"] = Redirect,
            ["client_id"] = ClientId,
            ["code_verifier"] = verifier,
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal("user-library-read user-read-email", body.GetProperty("scope").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refresh_token").GetString()));
        var me = await h.GetJsonAsync("v1/me", body.GetProperty("access_token").GetString());
        Assert.Equal(h.DemoUser.Id, me.GetProperty("id").GetString());
        Assert.Equal(h.DemoUser.Email, me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Pkce_VerifierMismatch_IsRejectedWithInvalidGrant()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, Redirect, null, null, ChallengeOf(NewVerifier())));

        var (status, body) = await TokenAsync(h.Http, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = redirect["code"],
            ["redirect_uri"] = Redirect,
            ["client_id"] = ClientId,
            ["code_verifier"] = NewVerifier(),
        });

        AssertTokenError(status, body, "invalid_grant", "code_verifier was incorrect");
    }

    [Fact]
    public async Task Pkce_MissingVerifier_IsRejectedWithInvalidRequest()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, Redirect, null, null, ChallengeOf(NewVerifier())));

        var (status, body) = await TokenAsync(h.Http, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = redirect["code"],
            ["redirect_uri"] = Redirect,
            ["client_id"] = ClientId,
        });

        AssertTokenError(status, body, "invalid_request", "code_verifier required");
    }

    [Fact]
    public async Task Code_UsedTwice_SecondExchangeIsRejected()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var verifier = NewVerifier();
        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, Redirect, null, null, ChallengeOf(verifier)));
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = redirect["code"],
            ["redirect_uri"] = Redirect,
            ["client_id"] = ClientId,
            ["code_verifier"] = verifier,
        };

        var (first, _) = await TokenAsync(h.Http, form);
        var (second, body) = await TokenAsync(h.Http, form);

        Assert.Equal(HttpStatusCode.OK, first);
        AssertTokenError(second, body, "invalid_grant", "Invalid authorization code");
    }

    [Fact]
    public async Task Code_AfterItsLifetime_IsRejectedAsExpired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { TimeProvider = clock });
        h.Emulator.Accounts.AuthorizationCodeLifetime = TimeSpan.FromSeconds(30);
        var verifier = NewVerifier();
        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, Redirect, null, null, ChallengeOf(verifier)));

        clock.Advance(TimeSpan.FromSeconds(31));
        var (status, body) = await TokenAsync(h.Http, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = redirect["code"],
            ["redirect_uri"] = Redirect,
            ["client_id"] = ClientId,
            ["code_verifier"] = verifier,
        });

        AssertTokenError(status, body, "invalid_grant", "Authorization code expired");
    }

    [Fact]
    public async Task Code_WithAnotherRedirectUri_IsRejected()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.App.AddRedirectUri("http://127.0.0.1:9000/other");
        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, Redirect));

        var (status, body) = await TokenAsync(
            h.Http,
            new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = redirect["code"], ["redirect_uri"] = "http://127.0.0.1:9000/other" },
            (ClientId, EmulatorHarness.ClientSecret));

        AssertTokenError(status, body, "invalid_grant", "Invalid redirect URI");
    }

    [Fact]
    public async Task ConfidentialClient_BasicAuth_ExchangesCodeWithoutPkce()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, Redirect, "user-read-private"));

        var (status, body) = await TokenAsync(
            h.Http,
            new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = redirect["code"], ["redirect_uri"] = Redirect },
            (ClientId, EmulatorHarness.ClientSecret));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("user-read-private", body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task CodeWithoutPkce_ExchangedWithoutSecret_IsRejectedAsInvalidClient()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, Redirect));

        var (status, body) = await TokenAsync(h.Http, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = redirect["code"],
            ["redirect_uri"] = Redirect,
            ["client_id"] = ClientId,
        });

        AssertTokenError(status, body, "invalid_client", "Invalid client secret");
    }

    [Theory]
    [InlineData("http://localhost:8000/callback")]
    [InlineData("http://example.com/callback")]
    public async Task Authorize_InsecureRedirectUri_IsRefusedWithoutRedirect(string redirectUri)
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.App.AddRedirectUri(redirectUri);

        using var response = await h.Http.GetAsync(AuthorizeUrl(ClientId, redirectUri, state: "s"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("INVALID_CLIENT: Insecure redirect URI", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_UnregisteredRedirectUri_IsRefusedWithoutRedirect()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.Http.GetAsync(AuthorizeUrl(ClientId, "http://127.0.0.1:8000/callback/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("INVALID_CLIENT: Invalid redirect URI", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_UnknownClient_IsRefused()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.Http.GetAsync(AuthorizeUrl("nobody", Redirect));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("INVALID_CLIENT: Invalid client", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_LoopbackRegisteredWithoutPort_AcceptsAnyPort()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.App.AddRedirectUri("http://127.0.0.1/cb");

        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, "http://127.0.0.1:49152/cb", state: "p"));

        Assert.Equal("p", redirect["state"]);
        Assert.True(redirect.ContainsKey("code"));
    }

    [Fact]
    public async Task Authorize_UnknownScope_RedirectsWithInvalidScope()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, Redirect, "user-read-email not-a-scope", "st"));

        Assert.Equal("invalid_scope", redirect["error"]);
        Assert.Equal("st", redirect["state"]);
        Assert.False(redirect.ContainsKey("code"));
    }

    [Fact]
    public async Task Authorize_ImplicitGrant_RedirectsWithUnsupportedResponseType()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, Redirect, responseType: "token"));

        Assert.Equal("unsupported_response_type", redirect["error"]);
    }

    [Fact]
    public async Task Authorize_DenyMode_RedirectsWithAccessDeniedAndState()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Accounts.Consent = ConsentMode.Deny;

        using var response = await h.Http.GetAsync(AuthorizeUrl(ClientId, Redirect, "user-read-email", "abc"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Redirect + "?", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var query = QueryOf(response.Headers.Location);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("abc", query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task Authorize_ConsentPage_ApproveRedirectsWithCodeAndDenyWithError()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Accounts.Consent = ConsentMode.ShowConsentPage;

        async Task<Dictionary<string, string>> DecideAsync(string decision)
        {
            using var page = await h.Http.GetAsync(AuthorizeUrl(ClientId, Redirect, "user-top-read", "st-" + decision));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("user-top-read", html, StringComparison.Ordinal);
            var marker = "name=\"request_id\" value=\"";
            var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
            var requestId = html[start..html.IndexOf('"', start)];
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["request_id"] = requestId, ["decision"] = decision });
            using var answer = await h.Http.PostAsync("authorize/consent", form);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            return QueryOf(answer.Headers.Location!);
        }

        var approved = await DecideAsync("approve");
        var denied = await DecideAsync("deny");

        Assert.True(approved.ContainsKey("code"));
        Assert.Equal("st-approve", approved["state"]);
        Assert.Equal("access_denied", denied["error"]);
        Assert.Equal("st-deny", denied["state"]);
    }
}
