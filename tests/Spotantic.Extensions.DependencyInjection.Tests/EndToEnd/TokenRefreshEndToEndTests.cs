using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

namespace Spotantic.Extensions.DependencyInjection.Tests.EndToEnd;

public sealed class TokenRefreshEndToEndTests
{
    [Fact]
    public async Task GetUserSavedAlbumsAsync_100ConcurrentCallsWithExpiredToken_ShareOneRefresh()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        // A slow token endpoint keeps the refresh in flight while the other callers arrive.
        server.TokenEndpointDelay = TimeSpan.FromMilliseconds(300);
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);
        var expired = await host.StoreUserTokenAsync(expiresAt: DateTimeOffset.UtcNow.AddMinutes(-10));

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => host.Albums.GetUserSavedAlbumsAsync(limit: 1, offset: i)));

        var refresh = Assert.Single(server.TokenRequests);
        Assert.Equal("refresh_token", refresh.FormValue("grant_type"));
        Assert.Equal(expired.RefreshToken, refresh.FormValue("refresh_token"));
        Assert.Equal(server.ClientId, refresh.FormValue("client_id"));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => server.SavedAlbumIds[i]), results.Select(r => Assert.Single(r.Data.Items).Album.Id));
        var refreshed = server.IssuedAccessTokens[^1];
        Assert.NotEqual(expired.AccessToken, refreshed);
        Assert.Equal(100, server.ApiRequests.Count);
        Assert.All(server.ApiRequests, request => Assert.Equal(refreshed, request.BearerToken));
    }

    [Fact]
    public async Task GetUserSavedAlbumsAsync_AccessTokenRevokedMidSession_RefreshesOnceAndSucceeds()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);
        var login = await host.Authorization.AuthorizeAsync();
        await host.Albums.GetUserSavedAlbumsAsync(limit: 2);
        server.RevokeAccessToken(login.AccessToken);

        var result = await host.Albums.GetUserSavedAlbumsAsync(limit: 2, offset: 2);

        Assert.Equal(server.SavedAlbumIds.Skip(2).Take(2), result.Data.Items.Select(item => item.Album.Id));
        Assert.Equal(1, server.TokenRequestCount("refresh_token"));
        var refreshed = server.IssuedAccessTokens[^1];
        Assert.Equal([login.AccessToken, login.AccessToken, refreshed], server.ApiRequests.Select(r => r.BearerToken));
        // Spotify sent no new refresh token, so the one from the login is kept.
        var current = await host.Tokens.GetTokenAsync();
        Assert.Equal(refreshed, current.AccessToken);
        Assert.Equal(login.RefreshToken, current.RefreshToken);
    }

    [Fact]
    public async Task GetUserSavedAlbumsAsync_UnauthorizedAgainAfterRefresh_ThrowsUnauthorizedWithoutLooping()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);
        await host.StoreUserTokenAsync();
        server.Enqueue("GET", "/v1/me/albums", FakeResponse.Unauthorized(), count: 10);

        var exception = await Assert.ThrowsAsync<SpotifyUnauthorizedException>(() => host.Albums.GetUserSavedAlbumsAsync());

        Assert.Equal(401, (int)exception.StatusCode);
        Assert.Equal(2, server.RequestsTo("/v1/me/albums").Count);
        Assert.Equal(1, server.TokenRequestCount("refresh_token"));
        Assert.Equal(8, server.PendingFaults);
    }

    [Fact]
    public async Task GetUserSavedAlbumsAsync_RefreshAnsweredWithInvalidGrant_ThrowsAuthorizationRequiredAndForgetsToken()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);
        await host.StoreUserTokenAsync(expiresAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        server.RevokeAllRefreshTokens();

        var exception = await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => host.Albums.GetUserSavedAlbumsAsync());

        var cause = Assert.IsType<SpotifyTokenRequestException>(exception.InnerException);
        Assert.Equal("invalid_grant", cause.Error);
        Assert.Contains("invalid_grant", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.TokenRequestCount("refresh_token"));
        Assert.Empty(server.ApiRequests);
        Assert.Null(await host.TokenStore.GetAsync(SpotifyTokenKeys.Default));

        // The dead refresh token is not offered again.
        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => host.Albums.GetUserSavedAlbumsAsync());
        Assert.Equal(1, server.TokenRequestCount("refresh_token"));
    }

    [Theory]
    [InlineData(RefreshTokenBehavior.Omit)]
    [InlineData(RefreshTokenBehavior.Rotate)]
    public async Task RefreshAsync_ServerOmitsOrRotatesRefreshToken_NextRefreshStillWorks(RefreshTokenBehavior behavior)
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        server.RefreshTokenBehavior = behavior;
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCode);
        var stored = await host.StoreUserTokenAsync();

        var first = await host.Tokens.RefreshAsync();
        var second = await host.Tokens.RefreshAsync();

        if (behavior == RefreshTokenBehavior.Omit)
        {
            Assert.Equal(stored.RefreshToken, first.RefreshToken);
        }
        else
        {
            Assert.NotEqual(stored.RefreshToken, first.RefreshToken);
            Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        }

        Assert.Equal([stored.RefreshToken, first.RefreshToken], server.TokenRequests.Select(r => r.FormValue("refresh_token")));
        Assert.All(server.TokenRequests, r => Assert.StartsWith("Basic ", r.Authorization, StringComparison.Ordinal));
        Assert.Equal(stored.Scope, second.Scope);
        var result = await host.Albums.GetUserSavedAlbumsAsync(limit: 1);
        Assert.Equal(second.AccessToken, Assert.Single(server.ApiRequests).BearerToken);
        Assert.Equal(server.SavedAlbumIds[0], Assert.Single(result.Data.Items).Album.Id);
    }
}
