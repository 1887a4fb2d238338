using Microsoft.Extensions.DependencyInjection;
using Spotantic.Auth;
using Spotantic.Clients;

namespace Spotantic.Extensions.DependencyInjection.Tests.Registration;

public sealed class SpotanticTokenStoreRegistrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("spotantic-store-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task AddSpotantic_StoreAccessTokenFalse_UsesInMemoryStore()
    {
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler(), o => o.Auth.StoreAccessToken = false);
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<InMemorySpotifyTokenStore>(provider.GetRequiredService<ISpotifyTokenStore>());
    }

    [Fact]
    public async Task AddSpotantic_StoreAccessTokenTrue_UsesFileStoreAtConfiguredPath()
    {
        var path = Path.Combine(_directory, "token_cache");
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler(), o =>
        {
            o.Auth.StoreAccessToken = true;
            o.Auth.AccessTokenFilePath = path;
        });
        await using var provider = services.BuildServiceProvider();

        var store = Assert.IsType<FileSpotifyTokenStore>(provider.GetRequiredService<ISpotifyTokenStore>());
        Assert.Equal(path, store.GetFilePath(SpotifyTokenKeys.Default));
    }

    [Fact]
    public async Task GetAlbumAsync_StoreAccessTokenTrue_WritesTokenFile()
    {
        var path = Path.Combine(_directory, "token_cache");
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler(), o =>
        {
            o.Auth.StoreAccessToken = true;
            o.Auth.AccessTokenFilePath = path;
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAlbumsClient>().GetAlbumAsync(StubSpotifyHandler.AlbumId);

        Assert.Contains(StubSpotifyHandler.AccessToken, await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseInMemoryTokenStore_StoreAccessTokenTrue_ReplacesFileStore()
    {
        var path = Path.Combine(_directory, "token_cache");
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler(), o =>
        {
            o.Auth.StoreAccessToken = true;
            o.Auth.AccessTokenFilePath = path;
        }).UseInMemoryTokenStore();
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<InMemorySpotifyTokenStore>(provider.GetRequiredService<ISpotifyTokenStore>());
        await provider.GetRequiredService<IAlbumsClient>().GetAlbumAsync(StubSpotifyHandler.AlbumId);
        Assert.False(File.Exists(path));
        Assert.Single(services, d => d.ServiceType == typeof(ISpotifyTokenStore));
    }

    [Fact]
    public async Task UseFileTokenStore_WithPath_UsesThatPath()
    {
        var path = Path.Combine(_directory, "explicit_cache");
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler()).UseFileTokenStore(path);
        await using var provider = services.BuildServiceProvider();

        var store = Assert.IsType<FileSpotifyTokenStore>(provider.GetRequiredService<ISpotifyTokenStore>());
        Assert.Equal(path, store.GetFilePath(SpotifyTokenKeys.Default));
    }

    [Fact]
    public async Task UseFileTokenStore_WithoutPath_UsesAccessTokenFilePath()
    {
        var path = Path.Combine(_directory, "configured_cache");
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler(), o => o.Auth.AccessTokenFilePath = path).UseFileTokenStore();
        await using var provider = services.BuildServiceProvider();

        var store = Assert.IsType<FileSpotifyTokenStore>(provider.GetRequiredService<ISpotifyTokenStore>());
        Assert.Equal(path, store.GetFilePath(SpotifyTokenKeys.Default));
    }

    [Fact]
    public async Task UseTokenStore_CustomStore_TokenManagerUsesIt()
    {
        var custom = new InMemorySpotifyTokenStore();
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, new StubSpotifyHandler()).UseTokenStore(_ => custom);
        await using var provider = services.BuildServiceProvider();

        Assert.Same(custom, provider.GetRequiredService<ISpotifyTokenStore>());
        await provider.GetRequiredService<IAlbumsClient>().GetAlbumAsync(StubSpotifyHandler.AlbumId);
        var stored = await custom.GetAsync(SpotifyTokenKeys.Default);
        Assert.Equal(StubSpotifyHandler.AccessToken, stored?.AccessToken);
    }
}
