using System.Net;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Testing.Tests.Support;
using static Spotantic.Testing.Tests.Support.OAuthClient;

namespace Spotantic.Testing.Tests.Accounts;

public sealed class RefreshTokenTests
{
    private const string ClientId = EmulatorHarness.ClientId;

    private static Dictionary<string, string> RefreshForm(string refreshToken) => new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = refreshToken,
        ["client_id"] = ClientId,
    };

    [Fact]
    public async Task Refresh_NoNewTokenMode_ReturnsNoRefreshTokenAndKeepsTheOldOneValid()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Accounts.RefreshTokenRotation = RefreshTokenRotation.NoNewToken;
        var login = await PkceLoginAsync(h.Http, ClientId, EmulatorHarness.RedirectUri, "user-library-read");
        var refreshToken = login.GetProperty("refresh_token").GetString()!;

        var (first, firstBody) = await TokenAsync(h.Http, RefreshForm(refreshToken));
        var (second, secondBody) = await TokenAsync(h.Http, RefreshForm(refreshToken));

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.False(firstBody.TryGetProperty("refresh_token", out _));
        Assert.Equal("user-library-read", firstBody.GetProperty("scope").GetString());
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.NotEqual(firstBody.GetProperty("access_token").GetString(), secondBody.GetProperty("access_token").GetString());
    }

    [Fact]
    public async Task Refresh_RotateMode_ReturnsNewTokenAndRejectsReuseOfTheOldOne()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Accounts.RefreshTokenRotation = RefreshTokenRotation.Rotate;
        var login = await PkceLoginAsync(h.Http, ClientId, EmulatorHarness.RedirectUri, "user-library-read");
        var original = login.GetProperty("refresh_token").GetString()!;

        var (rotated, rotatedBody) = await TokenAsync(h.Http, RefreshForm(original));
        var (reused, reusedBody) = await TokenAsync(h.Http, RefreshForm(original));
        var next = rotatedBody.GetProperty("refresh_token").GetString()!;
        var (withNew, _) = await TokenAsync(h.Http, RefreshForm(next));

        Assert.Equal(HttpStatusCode.OK, rotated);
        Assert.NotEqual(original, next);
        AssertTokenError(reused, reusedBody, "invalid_grant", "Refresh token revoked");
        Assert.Equal(HttpStatusCode.OK, withNew);
    }

    [Fact]
    public async Task Refresh_AfterRefreshTokenLifetime_IsRejectedAsExpired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { TimeProvider = clock });
        var login = await PkceLoginAsync(h.Http, ClientId, EmulatorHarness.RedirectUri, "user-library-read");
        var refreshToken = login.GetProperty("refresh_token").GetString()!;

        clock.Advance(TimeSpan.FromDays(179));
        var (beforeExpiry, _) = await TokenAsync(h.Http, RefreshForm(refreshToken));
        clock.Advance(TimeSpan.FromDays(2));
        var (afterExpiry, body) = await TokenAsync(h.Http, RefreshForm(refreshToken));

        Assert.Equal(HttpStatusCode.OK, beforeExpiry);
        AssertTokenError(afterExpiry, body, "invalid_grant", "Refresh token expired");
    }

    [Fact]
    public async Task Refresh_RotatedToken_KeepsTheOriginalExpiry()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { TimeProvider = clock });
        h.Emulator.Accounts.RefreshTokenRotation = RefreshTokenRotation.Rotate;
        h.Emulator.Accounts.RefreshTokenLifetime = TimeSpan.FromDays(10);
        var login = await PkceLoginAsync(h.Http, ClientId, EmulatorHarness.RedirectUri, "user-library-read");

        clock.Advance(TimeSpan.FromDays(9));
        var (_, rotated) = await TokenAsync(h.Http, RefreshForm(login.GetProperty("refresh_token").GetString()!));
        clock.Advance(TimeSpan.FromDays(2));
        var (status, body) = await TokenAsync(h.Http, RefreshForm(rotated.GetProperty("refresh_token").GetString()!));

        AssertTokenError(status, body, "invalid_grant", "Refresh token expired");
    }

    [Fact]
    public async Task Refresh_ExpiredOrRevokedOnDemand_IsRejectedWithTheMatchingMessage()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var expired = h.Emulator.Accounts.IssueUserToken(ClientId, h.DemoUser.Id).RefreshToken!;
        var revoked = h.Emulator.Accounts.IssueUserToken(ClientId, h.DemoUser.Id).RefreshToken!;
        Assert.True(h.Emulator.Accounts.ExpireRefreshToken(expired));
        Assert.True(h.Emulator.Accounts.RevokeRefreshToken(revoked));

        var basic = (ClientId, EmulatorHarness.ClientSecret);
        var (s1, b1) = await TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = expired }, basic);
        var (s2, b2) = await TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = revoked }, basic);
        var (s3, b3) = await TokenAsync(h.Http, new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = "AQunknown" }, basic);

        AssertTokenError(s1, b1, "invalid_grant", "Refresh token expired");
        AssertTokenError(s2, b2, "invalid_grant", "Refresh token revoked");
        AssertTokenError(s3, b3, "invalid_grant", "Invalid refresh token");
    }

    [Fact]
    public async Task Refresh_ConfidentialTokenWithoutSecret_IsRejected()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var grant = h.Emulator.Accounts.IssueUserToken(ClientId, h.DemoUser.Id, "user-read-private");

        var (status, body) = await TokenAsync(h.Http, RefreshForm(grant.RefreshToken!));

        AssertTokenError(status, body, "invalid_client", "Invalid client secret");
    }
}
