using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Clients;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Tests.Registration;

public sealed class SpotanticNamedAppRegistrationTests
{
    private const string MainClientId = "5fe01282e44241328a84e7c5cc169165";
    private const string PartnerClientId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    [Fact]
    public async Task StartAsync_TwoUnnamedAddSpotanticWithDifferentClientIds_FailsNamingBoth()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Settings("Spotantic", MainClientId));
        builder.Services.AddSpotantic(builder.Configuration);
        builder.Services.AddSpotantic(options => options.Auth.ClientId = PartnerClientId);
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(ex.Failures);
        Assert.Contains(MainClientId, failure, StringComparison.Ordinal);
        Assert.Contains(PartnerClientId, failure, StringComparison.Ordinal);
        Assert.Contains("AddSpotantic(\"name\"", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TwoUnnamedAddSpotanticWithSameClientId_OneAppWithBothSources()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings("Spotantic", MainClientId)).Build();
        services.AddSpotantic(configuration);
        services.AddSpotantic(options => options.Client.MaxAttempts = 5);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SpotanticOptions>>().Value;

        Assert.Equal(MainClientId, options.Auth.ClientId);
        Assert.Equal(5, options.Client.MaxAttempts);
        Assert.Single(provider.GetServices<IAlbumsClient>());
    }

    [Fact]
    public void Resolve_NamedApp_KeyedServicesWithItsOwnOptionsAndStore()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Settings("Spotantic", MainClientId))
            .AddInMemoryCollection(Settings("Partner", PartnerClientId))
            .Build();
        var services = new ServiceCollection();
        services.AddSpotantic(configuration);
        var partner = services.AddSpotantic("partner", configuration.GetSection("Partner")).UseInMemoryTokenStore();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.Equal("partner", partner.Name);
        Assert.Equal(PartnerClientId, provider.GetRequiredService<IOptionsMonitor<SpotanticOptions>>().Get("partner").Auth.ClientId);
        Assert.NotSame(provider.GetRequiredService<IAlbumsClient>(), provider.GetRequiredKeyedService<IAlbumsClient>("partner"));
        Assert.NotSame(provider.GetRequiredService<ISpotifyTokenStore>(), provider.GetRequiredKeyedService<ISpotifyTokenStore>("partner"));
        Assert.IsType<InMemorySpotifyTokenStore>(provider.GetRequiredKeyedService<ISpotifyTokenStore>("partner"));
        Assert.NotNull(provider.GetRequiredKeyedService<ISpotifyClientFactory>("partner").ForUser("u1").Albums);
        Assert.Same(provider.GetRequiredKeyedService<IAlbumsClient>("partner"), provider.GetRequiredKeyedService<ISpotifyClient>("partner").Albums);
        Assert.Equal(SpotanticHttpClientNames.Api + ".partner", SpotanticHttpClientNames.ApiFor("partner"));
    }

    [Fact]
    public async Task StartAsync_NamedAppInvalid_FailsNamingTheApp()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Settings("Spotantic", MainClientId));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Partner:Auth:Flow"] = "ClientCredentials", ["Partner:Auth:ClientId"] = PartnerClientId, ["Partner:Auth:Typo"] = "x" });
        builder.Services.AddSpotantic(builder.Configuration);
        builder.Services.AddSpotantic("partner", builder.Configuration.GetSection("Partner"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(ex.Failures, failure => failure.Contains("Spotantic app 'partner'", StringComparison.Ordinal) && failure.Contains("ClientSecret", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, failure => failure.Contains("Partner:Auth:Typo", StringComparison.Ordinal));
        Assert.DoesNotContain(ex.Failures, failure => failure.Contains("Spotantic:Auth:ClientId", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_CustomTokenKeyAccessor_InjectedTokenManagerActsForItsKey()
    {
        var services = new ServiceCollection();
        var accessor = new FixedKeyAccessor("u42");
        services.AddSingleton<ISpotifyTokenKeyAccessor>(accessor);
        services.AddSpotantic(new ConfigurationBuilder().AddInMemoryCollection(Settings("Spotantic", MainClientId)).Build());
        using var provider = services.BuildServiceProvider();

        Assert.Equal("u42", provider.GetRequiredService<ISpotifyTokenManager>().Key);
        accessor.Key = "u43";
        Assert.Equal("u43", provider.GetRequiredService<ISpotifyTokenManager>().Key);
        Assert.Equal("u7", provider.GetRequiredService<ISpotifyClientFactory>().ForUser("u7").Tokens.Key);
    }

    [Theory]
    [InlineData("partner", ".token_info_cache.partner")]
    [InlineData("Partner_2-b", ".token_info_cache.Partner_2-b")]
    public void Resolve_NamedAppStoringTokens_ItsOwnDefaultFile(string name, string expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Settings("Spotantic", MainClientId))
            .AddInMemoryCollection(Settings("Partner", PartnerClientId))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Spotantic:Auth:StoreAccessToken"] = "true", ["Partner:Auth:StoreAccessToken"] = "true" })
            .Build();
        var services = new ServiceCollection();
        services.AddSpotantic(configuration);
        services.AddSpotantic(name, configuration.GetSection("Partner"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<SpotanticOptions>>();

        Assert.Equal(SpotanticAuthOptions.DefaultAccessTokenFilePath, options.Get(Options.DefaultName).Auth.AccessTokenFilePath);
        Assert.Equal(expected, options.Get(name).Auth.AccessTokenFilePath);
    }

    [Fact]
    public void Resolve_NamedAppNameNotAFileNamePart_DefaultFileUsesItsHash()
    {
        var services = new ServiceCollection();
        services.AddSpotantic("../partner", options => options.Auth.ClientId = PartnerClientId);
        using var provider = services.BuildServiceProvider();

        var path = provider.GetRequiredService<IOptionsMonitor<SpotanticOptions>>().Get("../partner").Auth.AccessTokenFilePath;

        Assert.Equal(SpotanticAuthOptions.DefaultAccessTokenFilePath + "." + SpotifyTokenKeys.Hash("../partner"), path);
    }

    [Fact]
    public void Resolve_NamedAppWithExplicitTokenFile_Kept()
    {
        var services = new ServiceCollection();
        services.AddSpotantic("partner", options =>
        {
            options.Auth.ClientId = PartnerClientId;
            options.Auth.AccessTokenFilePath = "tokens/partner.json";
        });
        using var provider = services.BuildServiceProvider();

        Assert.Equal("tokens/partner.json", provider.GetRequiredService<IOptionsMonitor<SpotanticOptions>>().Get("partner").Auth.AccessTokenFilePath);
    }

    [Fact]
    public async Task StartAsync_NamedAppWithLoggingSettings_FailsSayingLoggingIsShared()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Settings("Spotantic", MainClientId));
        builder.Configuration.AddInMemoryCollection(Settings("Partner", PartnerClientId));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Partner:Logging:Debug"] = "true" });
        builder.Services.AddSpotantic(builder.Configuration);
        builder.Services.AddSpotantic("partner", builder.Configuration.GetSection("Partner"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(ex.Failures);
        Assert.StartsWith("Spotantic app 'partner': Logging is shared by every Spotantic app", failure, StringComparison.Ordinal);
        Assert.Contains("Spotantic:Logging", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ConfigureDelegateReadingEarlierSettings_StartsAndKeepsThem()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Settings("Spotantic", MainClientId));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Spotantic:Auth:Scope"] = "user-library-read" });
        builder.Services.AddSpotantic(builder.Configuration);

        // On fresh options (as the client-ID comparison runs it) Scope is null and this throws; on the real ones it works.
        builder.Services.AddSpotantic(options => options.Auth.Scope = options.Auth.Scope!.Trim() + " user-library-modify");
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.Equal("user-library-read user-library-modify", host.Services.GetRequiredService<IOptions<SpotanticOptions>>().Value.Auth.Scope);
    }

    [Fact]
    public async Task GetTokenAsync_NamedAppUserWithoutToken_AuthorizationRequiredNamingApp()
    {
        var services = new ServiceCollection();
        services.AddSpotantic(options => options.Auth.ClientId = MainClientId);
        services.AddSpotantic("partner", options => options.Auth.ClientId = PartnerClientId);
        using var provider = services.BuildServiceProvider();

        var partner = await Assert.ThrowsAsync<Spotantic.Exceptions.SpotifyAuthorizationRequiredException>(
            () => provider.GetRequiredKeyedService<ISpotifyClientFactory>("partner").ForUser("bob").Tokens.GetTokenAsync().AsTask());
        var main = await Assert.ThrowsAsync<Spotantic.Exceptions.SpotifyAuthorizationRequiredException>(
            () => provider.GetRequiredService<ISpotifyClientFactory>().ForUser("bob").Tokens.GetTokenAsync().AsTask());

        Assert.Equal("partner", partner.AppName);
        Assert.Null(main.AppName);
    }

    private static Dictionary<string, string?> Settings(string section, string clientId) => new()
    {
        [$"{section}:Auth:ClientId"] = clientId,
        [$"{section}:Auth:Flow"] = "AuthorizationCodePkce",
        [$"{section}:Auth:RedirectUri"] = "http://127.0.0.1:8000/callback",
    };

    private sealed class FixedKeyAccessor(string key) : ISpotifyTokenKeyAccessor
    {
        public string Key { get; set; } = key;

        public string TokenKey => Key;
    }
}
