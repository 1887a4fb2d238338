using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Testing.Tests.Support;
using static Spotantic.Testing.Tests.Support.OAuthClient;

namespace Spotantic.Testing.Tests.Accounts;

/// <summary>Redirect-URI rules, PKCE parameters, consent-page edge cases and code lifetimes not covered by the flow tests.</summary>
public sealed partial class AuthorizeRulesTests
{
    private const string ClientId = EmulatorHarness.ClientId;

    [Theory]
    [InlineData("https://app.example.com/callback")]
    [InlineData("http://127.0.0.1:8765/callback")]
    [InlineData("http://[::1]:8765/callback")]
    [InlineData("com.example.app:/oauth2redirect")]
    public async Task Authorize_RegisteredSecureOrLoopbackIpOrCustomScheme_RedirectsWithCode(string redirectUri)
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.App.AddRedirectUri(redirectUri);

        using var response = await h.Http.GetAsync(AuthorizeUrl(ClientId, redirectUri, "user-read-email", "s1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(redirectUri + "?code=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:8765/callback", "Insecure redirect URI")]
    [InlineData("http://app.localhost:8765/callback", "Insecure redirect URI")]
    [InlineData("https://localhost/callback", "Insecure redirect URI")]
    [InlineData("http://192.168.1.10:8765/callback", "Insecure redirect URI")]
    public async Task Authorize_RegisteredButInsecure_IsRefusedWithoutRedirect(string redirectUri, string message)
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.App.AddRedirectUri(redirectUri);

        using var response = await h.Http.GetAsync(AuthorizeUrl(ClientId, redirectUri, state: "s"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9999/callback")]
    [InlineData("http://127.0.0.1:8000/callback/")]
    [InlineData("http://127.0.0.1:8000/CALLBACK")]
    public async Task Authorize_RegisteredWithPort_OtherPortOrPathIsRefused(string redirectUri)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.Http.GetAsync(AuthorizeUrl(ClientId, redirectUri));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Invalid redirect URI", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_AllowAnyLoopbackRedirect_AcceptsAnyLoopbackIpButStillRefusesLocalhost()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.App.AllowAnyLoopbackRedirect = true;

        using var loopback = await h.Http.GetAsync(AuthorizeUrl(ClientId, "http://127.0.0.1:43123/any/path"));
        using var localhost = await h.Http.GetAsync(AuthorizeUrl(ClientId, "http://localhost:43123/any/path"));

        Assert.Equal(HttpStatusCode.Redirect, loopback.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, localhost.StatusCode);
    }

    [Fact]
    public async Task Authorize_PlainChallengeMethod_RedirectsWithInvalidRequest()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var verifier = NewVerifier();

        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, EmulatorHarness.RedirectUri, state: "p") + "&code_challenge_method=plain&code_challenge=" + verifier);

        Assert.Equal("invalid_request", redirect["error"]);
        Assert.Equal("code_challenge_method must be S256", redirect["error_description"]);
        Assert.Equal("p", redirect["state"]);
        Assert.False(redirect.ContainsKey("code"));
    }

    [Theory]
    [InlineData("too-short")]
    [InlineData("not+base64url/at=all.not+base64url/at=all.xx")]
    public async Task Authorize_MalformedS256Challenge_RedirectsWithInvalidRequest(string challenge)
    {
        await using var h = await EmulatorHarness.StartAsync();

        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, EmulatorHarness.RedirectUri, state: "m") + "&code_challenge_method=S256&code_challenge=" + Uri.EscapeDataString(challenge));

        Assert.Equal("invalid_request", redirect["error"]);
        Assert.Equal("code_challenge must be a base64url SHA-256 hash", redirect["error_description"]);
    }

    [Fact]
    public async Task Pkce_VerifierOfAnotherLogin_IsRejected_AndTheCodeStaysUsableWithTheRightOne()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var verifier = NewVerifier();
        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, EmulatorHarness.RedirectUri, "user-read-email", "v", ChallengeOf(verifier)));
        Dictionary<string, string> Form(string v) => new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = redirect["code"],
            ["redirect_uri"] = EmulatorHarness.RedirectUri,
            ["client_id"] = ClientId,
            ["code_verifier"] = v,
        };

        var (wrong, wrongBody) = await TokenAsync(h.Http, Form(NewVerifier()));
        var (right, _) = await TokenAsync(h.Http, Form(verifier));

        AssertTokenError(wrong, wrongBody, "invalid_grant", "code_verifier was incorrect");
        Assert.Equal(HttpStatusCode.OK, right);
    }

    [Fact]
    public async Task Code_ExchangedByAnotherClient_IsRejected()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.RegisterApp("other-client", "other-secret", EmulatorHarness.RedirectUri);
        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, EmulatorHarness.RedirectUri, "user-read-email"));

        var (status, body) = await TokenAsync(
            h.Http,
            new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = redirect["code"], ["redirect_uri"] = EmulatorHarness.RedirectUri },
            ("other-client", "other-secret"));

        AssertTokenError(status, body, "invalid_grant", "Invalid authorization code");
    }

    [Fact]
    public async Task Code_JustBeforeItsLifetimeEnds_IsAccepted()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { TimeProvider = clock });
        h.Emulator.Accounts.AuthorizationCodeLifetime = TimeSpan.FromMinutes(2);
        var redirect = await AuthorizeAsync(h.Http, AuthorizeUrl(ClientId, EmulatorHarness.RedirectUri, "user-read-email"));
        clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1));

        var (status, _) = await TokenAsync(
            h.Http,
            new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = redirect["code"], ["redirect_uri"] = EmulatorHarness.RedirectUri },
            (ClientId, EmulatorHarness.ClientSecret));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task ConsentPage_AnsweredTwice_SecondAnswerIsRefused()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Accounts.Consent = ConsentMode.ShowConsentPage;
        using var page = await h.Http.GetAsync(AuthorizeUrl(ClientId, EmulatorHarness.RedirectUri, "user-read-email", "twice"));
        var requestId = RequestIdPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;

        using var first = await DecideAsync(h, requestId, "approve");
        using var second = await DecideAsync(h, requestId, "approve");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("expired or was already answered", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsentPage_AnsweredAfterTheCodeLifetime_IsRefused()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { TimeProvider = clock });
        h.Emulator.Accounts.Consent = ConsentMode.ShowConsentPage;
        using var page = await h.Http.GetAsync(AuthorizeUrl(ClientId, EmulatorHarness.RedirectUri, "user-read-email", "late"));
        var requestId = RequestIdPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        clock.Advance(h.Emulator.Accounts.AuthorizationCodeLifetime + TimeSpan.FromSeconds(1));

        using var late = await DecideAsync(h, requestId, "approve");

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
    }

    [Fact]
    public async Task ConsentPage_ApprovedPkceRequest_CodeStillNeedsTheVerifier()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Accounts.Consent = ConsentMode.ShowConsentPage;
        var verifier = NewVerifier();
        using var page = await h.Http.GetAsync(AuthorizeUrl(ClientId, EmulatorHarness.RedirectUri, "user-read-email", "pk", ChallengeOf(verifier)));
        var requestId = RequestIdPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var approved = await DecideAsync(h, requestId, "approve");
        var code = QueryOf(approved.Headers.Location!)["code"];
        Dictionary<string, string> Form(string? v)
        {
            var form = new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = EmulatorHarness.RedirectUri, ["client_id"] = ClientId };
            if (v is not null)
            {
                form["code_verifier"] = v;
            }

            return form;
        }

        var (missing, missingBody) = await TokenAsync(h.Http, Form(null));
        var (ok, okBody) = await TokenAsync(h.Http, Form(verifier));

        AssertTokenError(missing, missingBody, "invalid_request", "code_verifier required");
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal("user-read-email", okBody.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Refresh_RotateMode_EveryRotatedTokenIsSingleUse()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Accounts.RefreshTokenRotation = RefreshTokenRotation.Rotate;
        var token = (await PkceLoginAsync(h.Http, ClientId, EmulatorHarness.RedirectUri, "user-read-email")).GetProperty("refresh_token").GetString()!;
        var seen = new List<string> { token };

        for (var i = 0; i < 3; i++)
        {
            var (status, body) = await TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = token, ["client_id"] = ClientId });
            Assert.Equal(HttpStatusCode.OK, status);
            token = body.GetProperty("refresh_token").GetString()!;
            seen.Add(token);
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        foreach (var used in seen.Take(seen.Count - 1))
        {
            var (status, body) = await TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = used, ["client_id"] = ClientId });
            AssertTokenError(status, body, "invalid_grant", "Refresh token revoked");
        }
    }

    [Fact]
    public async Task Refresh_SwitchingFromRotateToNoNewToken_KeepsTheLastRotatedTokenValid()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Accounts.RefreshTokenRotation = RefreshTokenRotation.Rotate;
        var original = (await PkceLoginAsync(h.Http, ClientId, EmulatorHarness.RedirectUri, "user-read-email")).GetProperty("refresh_token").GetString()!;
        var (_, rotated) = await TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = original, ["client_id"] = ClientId });
        var latest = rotated.GetProperty("refresh_token").GetString()!;
        h.Emulator.Accounts.RefreshTokenRotation = RefreshTokenRotation.NoNewToken;

        var (first, firstBody) = await TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = latest, ["client_id"] = ClientId });
        var (again, _) = await TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = latest, ["client_id"] = ClientId });

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.False(firstBody.TryGetProperty("refresh_token", out _));
        Assert.Equal(HttpStatusCode.OK, again);
    }

    private static Task<HttpResponseMessage> DecideAsync(EmulatorHarness h, string requestId, string decision) =>
        h.Http.PostAsync("authorize/consent", new FormUrlEncodedContent(new Dictionary<string, string> { ["request_id"] = requestId, ["decision"] = decision }));

    [GeneratedRegex("name=\"request_id\" value=\"([^\"]+)\"")]
    private static partial Regex RequestIdPattern();
}
