using System.Text;
using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

namespace Spotantic.Extensions.DependencyInjection.Tests.EndToEnd;

public sealed class ClientCredentialsEndToEndTests
{
    [Fact]
    public async Task GetAlbumAsync_ClientCredentials_AcquiresTokenOnceAndReusesIt()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);
        var first = server.Catalog.Albums[0];
        var second = server.Catalog.Albums[140];

        var firstResult = await host.Albums.GetAlbumAsync(first.Id);
        var secondResult = await host.Albums.GetAlbumAsync(second.Id);

        Assert.Equal(first.Name, firstResult.Data.Name);
        Assert.Equal(second.Name, secondResult.Data.Name);
        var tokenRequest = Assert.Single(server.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest.FormValue("grant_type"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{server.ClientId}:{server.ClientSecret}")), tokenRequest.Authorization);
        Assert.Equal(1, server.TokenRequestCount("client_credentials"));
        var accessToken = Assert.Single(server.IssuedAccessTokens);
        Assert.Equal([accessToken, accessToken], server.ApiRequests.Select(r => r.BearerToken));
    }

    [Fact]
    public async Task GetAlbumAsync_ClientCredentialsTokenExpiredOnServer_AcquiresNewTokenAndResends()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);
        var album = server.Catalog.Albums[3];
        await host.Albums.GetAlbumAsync(album.Id);
        server.ExpireAllAccessTokens();

        var result = await host.Albums.GetAlbumAsync(album.Id);

        Assert.Equal(album.Id, result.Data.Id);
        Assert.Equal(2, server.TokenRequestCount("client_credentials"));
        var tokens = server.IssuedAccessTokens;
        Assert.Equal([tokens[0], tokens[0], tokens[1]], server.ApiRequests.Select(r => r.BearerToken));
    }

    [Fact]
    public async Task GetUserSavedAlbumsAsync_ClientCredentials_RefusedBeforeSendingForLackOfUserScope()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => host.Albums.GetUserSavedAlbumsAsync());

        Assert.Equal(["user-library-read"], exception.MissingScopes);
        Assert.Empty(server.ApiRequests);
    }
}
