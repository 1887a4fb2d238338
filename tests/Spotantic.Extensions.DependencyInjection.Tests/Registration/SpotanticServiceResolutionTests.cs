using Microsoft.Extensions.DependencyInjection;
using Spotantic.Auth;
using Spotantic.Clients;

namespace Spotantic.Extensions.DependencyInjection.Tests.Registration;

public sealed class SpotanticServiceResolutionTests
{
    [Fact]
    public async Task AddSpotantic_Resolve_EveryPublicServiceIsRegistered()
    {
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler());
        await using var provider = services.BuildServiceProvider();

        var albums = provider.GetRequiredService<IAlbumsClient>();
        var client = provider.GetRequiredService<ISpotifyClient>();
        var authorization = provider.GetRequiredService<ISpotifyAuthorizationService>();
        var tokens = provider.GetRequiredService<ISpotifyTokenManager>();
        var store = provider.GetRequiredService<ISpotifyTokenStore>();

        Assert.Same(albums, client.Albums);
        Assert.Same(authorization, client.Authorization);
        Assert.Same(tokens, client.Tokens);
        Assert.IsType<InMemorySpotifyTokenStore>(store);
        Assert.Equal(SpotifyTokenKeys.Default, tokens.Key);
    }

    [Fact]
    public async Task AddSpotantic_ResolveTwice_ServicesAreSingletons()
    {
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler());
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();

        Assert.Same(provider.GetRequiredService<IAlbumsClient>(), scope.ServiceProvider.GetRequiredService<IAlbumsClient>());
        Assert.Same(provider.GetRequiredService<ISpotifyTokenManager>(), scope.ServiceProvider.GetRequiredService<ISpotifyTokenManager>());
        Assert.Same(provider.GetRequiredService<ISpotifyTokenStore>(), scope.ServiceProvider.GetRequiredService<ISpotifyTokenStore>());
    }

    [Fact]
    public async Task GetAlbumAsync_StubPrimaryHandlerOnHttpClientBuilders_CallGoesThroughHttpClientFactory()
    {
        // The stub is reachable only through the named clients' primary handlers, so an answer from it proves the
        // typed client and the token endpoint both use IHttpClientFactory.
        var stub = new StubSpotifyHandler();
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, stub);
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<IAlbumsClient>().GetAlbumAsync(StubSpotifyHandler.AlbumId);

        Assert.Equal(StubSpotifyHandler.AlbumName, result.Data.Name);
        Assert.Equal(StubSpotifyHandler.AlbumId, result.Data.Id);
        Assert.Equal(StubSpotifyHandler.AlbumId, result.Request.Id);
        Assert.Collection(
            stub.Requests,
            token =>
            {
                Assert.Equal(HttpMethod.Post, token.Method);
                Assert.Equal("https://accounts.spotify.com/api/token", token.Uri.AbsoluteUri);
                Assert.Equal("Basic", token.Authorization?.Scheme);
                Assert.Contains("grant_type=client_credentials", token.Body, StringComparison.Ordinal);
            },
            album =>
            {
                Assert.Equal(HttpMethod.Get, album.Method);
                Assert.Equal($"https://api.spotify.com/v1/albums/{StubSpotifyHandler.AlbumId}", album.Uri.AbsoluteUri);
                Assert.Equal("Bearer", album.Authorization?.Scheme);
                Assert.Equal(StubSpotifyHandler.AccessToken, album.Authorization?.Parameter);
            });
    }

    [Fact]
    public async Task GetAlbumAsync_ThroughFacade_UsesSameClientAndToken()
    {
        var stub = new StubSpotifyHandler();
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, stub);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ISpotifyClient>();

        await client.Albums.GetAlbumAsync(StubSpotifyHandler.AlbumId);
        await provider.GetRequiredService<IAlbumsClient>().GetAlbumAsync(StubSpotifyHandler.AlbumId);

        // One token request serves both calls: facade and direct injection share one token manager.
        Assert.Single(stub.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal(2, stub.Requests.Count(r => r.Method == HttpMethod.Get));
        Assert.Equal(StubSpotifyHandler.AccessToken, (await client.Tokens.GetTokenAsync()).AccessToken);
    }
}
