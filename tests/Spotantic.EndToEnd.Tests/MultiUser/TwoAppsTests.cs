using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spotantic.Auth;
using Spotantic.Clients;
using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.MultiUser;

/// <summary>Two Spotify apps in one container: their own tokens, their own rate-limit gates.</summary>
public sealed class TwoAppsTests
{
    private const string MainClientId = "main-app";
    private const string PartnerClientId = "partner-app";

    [Fact]
    public async Task GetAlbumAsync_TwoApps_EachCallUsesItsOwnAppsToken()
    {
        await using var apps = await TwoApps.StartAsync();
        var album = apps.Emulator.Catalog.Albums[0].Id;

        for (var i = 0; i < 5; i++)
        {
            await apps.Main.GetAlbumAsync(album);
            await apps.Partner.GetAlbumAsync(album);
        }

        var mainToken = (await apps.MainStore.GetAsync(SpotifyTokenKeys.Default))!.AccessToken;
        var partnerToken = (await apps.PartnerStore.GetAsync(SpotifyTokenKeys.Default))!.AccessToken;
        Assert.NotEqual(mainToken, partnerToken);
        var sent = apps.Emulator.RequestLog.Find("GET", "/v1/albums/{id}").Select(r => r.Authorization).ToList();
        Assert.Equal(10, sent.Count);
        Assert.Equal(5, sent.Count(header => header == "Bearer " + mainToken));
        Assert.Equal(5, sent.Count(header => header == "Bearer " + partnerToken));
        var tokenRequests = apps.Emulator.RequestLog.Find("POST", "/api/token");
        Assert.Equal(2, tokenRequests.Count);
    }

    [Fact]
    public async Task GetAlbumAsync_RetryAfterAboveCapOnOneApp_OtherAppNotBlocked()
    {
        await using var apps = await TwoApps.StartAsync();
        var album = apps.Emulator.Catalog.Albums[0].Id;
        await apps.Main.GetAlbumAsync(album);
        await apps.Partner.GetAlbumAsync(album);
        apps.Emulator.Faults.On("GET", "/v1/albums/{id}").Next(1).RespondTooManyRequests(TimeSpan.FromHours(1));

        var limited = await Assert.ThrowsAsync<SpotifyRateLimitException>(() => apps.Partner.GetAlbumAsync(album));
        var before = apps.Emulator.RequestLog.Count("GET", "/v1/albums/{id}");
        var stillLimited = await Assert.ThrowsAsync<SpotifyRateLimitException>(() => apps.Partner.GetAlbumAsync(album));
        var afterPartner = apps.Emulator.RequestLog.Count("GET", "/v1/albums/{id}");
        var main = await apps.Main.GetAlbumAsync(album);

        Assert.True(limited.RetryAfter > TimeSpan.FromMinutes(59));
        Assert.True(stillLimited.RetryAfter > TimeSpan.FromMinutes(59));
        Assert.Equal(before, afterPartner);
        Assert.Equal(album, main.Data.Id);
        Assert.Equal(afterPartner + 1, apps.Emulator.RequestLog.Count("GET", "/v1/albums/{id}"));
    }

    [Fact]
    public async Task KeyedServices_NamedApp_HasItsOwnOptionsFactoryAndTokenManagers()
    {
        await using var apps = await TwoApps.StartAsync();

        var mainOptions = apps.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SpotanticOptions>>().Value;
        var partnerOptions = apps.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<SpotanticOptions>>().Get("partner");
        Assert.Equal(MainClientId, mainOptions.Auth.ClientId);
        Assert.Equal(PartnerClientId, partnerOptions.Auth.ClientId);
        Assert.NotSame(apps.Services.GetRequiredService<ISpotifyTokenManagerProvider>(), apps.Services.GetRequiredKeyedService<ISpotifyTokenManagerProvider>("partner"));
        Assert.NotSame(apps.Services.GetRequiredService<ISpotifyClientFactory>(), apps.Services.GetRequiredKeyedService<ISpotifyClientFactory>("partner"));
        var partnerFacade = apps.Services.GetRequiredKeyedService<ISpotifyClient>("partner");
        Assert.Same(apps.Partner, partnerFacade.Albums);
    }

    /// <summary>The unnamed app from code, and a named one bound from a configuration section, both client credentials.</summary>
    private sealed class TwoApps : IAsyncDisposable
    {
        private TwoApps(SpotifyEmulator emulator, ServiceProvider services, InMemorySpotifyTokenStore mainStore, InMemorySpotifyTokenStore partnerStore)
        {
            Emulator = emulator;
            Services = services;
            MainStore = mainStore;
            PartnerStore = partnerStore;
        }

        public SpotifyEmulator Emulator { get; }

        public ServiceProvider Services { get; }

        public InMemorySpotifyTokenStore MainStore { get; }

        public InMemorySpotifyTokenStore PartnerStore { get; }

        public IAlbumsClient Main => Services.GetRequiredService<IAlbumsClient>();

        public IAlbumsClient Partner => Services.GetRequiredKeyedService<IAlbumsClient>("partner");

        public static async Task<TwoApps> StartAsync()
        {
            var emulator = await SpotifyEmulator.StartAsync();
            emulator.RegisterApp(MainClientId, "main-secret", "http://127.0.0.1:8000/callback");
            emulator.RegisterApp(PartnerClientId, "partner-secret", "http://127.0.0.1:8001/callback");
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Partner:Auth:ClientId"] = PartnerClientId,
                ["Partner:Auth:ClientSecret"] = "partner-secret",
                ["Partner:Auth:Flow"] = "ClientCredentials",
                ["Partner:Client:ApiBaseAddress"] = emulator.ApiBaseAddress.AbsoluteUri,
                ["Partner:Client:AccountsBaseAddress"] = emulator.AccountsBaseAddress.AbsoluteUri,
                ["Partner:Client:RetryBaseDelay"] = "00:00:00",
            }).Build();
            var mainStore = new InMemorySpotifyTokenStore();
            var partnerStore = new InMemorySpotifyTokenStore();
            var services = new ServiceCollection();
            services.AddSpotantic(options =>
            {
                options.Auth.ClientId = MainClientId;
                options.Auth.ClientSecret = "main-secret";
                options.Auth.Flow = SpotifyAuthFlow.ClientCredentials;
                options.Client.ApiBaseAddress = emulator.ApiBaseAddress;
                options.Client.AccountsBaseAddress = emulator.AccountsBaseAddress;
                options.Client.RetryBaseDelay = TimeSpan.Zero;
            }).UseTokenStore(_ => mainStore);
            services.AddSpotantic("partner", configuration.GetSection("Partner")).UseTokenStore(_ => partnerStore);
            var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
            return new TwoApps(emulator, provider, mainStore, partnerStore);
        }

        public async ValueTask DisposeAsync()
        {
            await Services.DisposeAsync();
            await Emulator.DisposeAsync();
        }
    }
}
