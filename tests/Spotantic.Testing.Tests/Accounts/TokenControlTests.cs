using Microsoft.Extensions.Time.Testing;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Accounts;

public sealed class TokenControlTests
{
    [Fact]
    public async Task ExpireAccessToken_ThenApiCall_Is401AccessTokenExpired()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken();

        Assert.True(h.Emulator.Accounts.ExpireAccessToken(token));
        using var response = await h.GetAsync("v1/me", token);

        Assert.Equal("The access token expired", await EmulatorHarness.ReadApiErrorAsync(response, 401));
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeTokensOfUser_ThenApiCallAndRefresh_AreRejected()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var grant = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, h.DemoUser.Id);

        Assert.Equal(2, h.Emulator.Accounts.RevokeTokensOfUser(h.DemoUser.Id));
        using var response = await h.GetAsync("v1/me", grant.AccessToken);
        var (status, body) = await OAuthClient.TokenAsync(
            h.Http,
            new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = grant.RefreshToken! },
            (EmulatorHarness.ClientId, EmulatorHarness.ClientSecret));

        Assert.Equal("Invalid access token", await EmulatorHarness.ReadApiErrorAsync(response, 401));
        OAuthClient.AssertTokenError(status, body, "invalid_grant", "Refresh token revoked");
    }

    [Fact]
    public async Task AccessTokenLifetime_Short_TokenExpiresWhenTheClockPassesIt()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { TimeProvider = clock });
        h.Emulator.Accounts.AccessTokenLifetime = TimeSpan.FromSeconds(5);
        var token = h.UserToken();

        using var fresh = await h.GetAsync("v1/me", token);
        clock.Advance(TimeSpan.FromSeconds(5));
        using var stale = await h.GetAsync("v1/me", token);

        Assert.Equal(200, (int)fresh.StatusCode);
        Assert.Equal("The access token expired", await EmulatorHarness.ReadApiErrorAsync(stale, 401));
    }

    [Fact]
    public async Task IssueUserToken_CarriesScopesAndExpiresInTheConfiguredLifetime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { TimeProvider = clock });
        h.Emulator.Accounts.AccessTokenLifetime = TimeSpan.FromMinutes(2);

        var grant = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, h.DemoUser.Id, "user-top-read", "user-read-email");

        Assert.Equal(["user-read-email", "user-top-read"], grant.Scopes);
        Assert.Equal(clock.GetUtcNow().AddMinutes(2), grant.ExpiresAt);
        Assert.Equal(["user-read-email", "user-top-read"], h.Emulator.Accounts.GetGrantedScopes(grant.AccessToken)!.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(grant.AccessToken, grant.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, h.DemoUser.Id, "not-a-scope"));
    }
}
