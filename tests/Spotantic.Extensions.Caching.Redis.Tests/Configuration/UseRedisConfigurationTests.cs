using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Extensions.Caching.Redis.Tests.Support;
using StackExchange.Redis;

namespace Spotantic.Extensions.Caching.Redis.Tests.Configuration;

public sealed class UseRedisConfigurationTests
{
    [Fact]
    public async Task Start_ConfigurationFromSpotanticRedisSection_SharesTokensThroughThatServer()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        using var host = BuildHost(deployment, new()
        {
            ["Spotantic:Redis:Configuration"] = deployment.Redis.Configuration,
            ["Spotantic:Redis:KeyPrefix"] = "app1:",
        });
        await host.StartAsync();

        await host.Services.GetRequiredService<ISpotifyTokenManagerProvider>().GetManager("alice").SetTokenAsync(deployment.IssueToken("alice"));

        Assert.Contains("app1:token:" + SpotifyTokenKeys.FullHash("alice"), (await deployment.Inspector.DumpAsync()).Keys);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_ConnectionMultiplexerFromTheServiceCollection_UsesIt()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        using var multiplexer = await ConnectionMultiplexer.ConnectAsync(deployment.Redis.Configuration);
        using var host = BuildHost(deployment, [], builder => builder.Services.AddSingleton<IConnectionMultiplexer>(multiplexer));
        await host.StartAsync();

        await host.Services.GetRequiredService<ISpotifyTokenManagerProvider>().GetManager("alice").SetTokenAsync(deployment.IssueToken("alice"));

        Assert.Contains("spotantic:token:" + SpotifyTokenKeys.FullHash("alice"), (await deployment.Inspector.DumpAsync()).Keys);
        Assert.True(multiplexer.IsConnected);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_NoConnectionAtAll_FailsSayingWhatToSet()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        using var host = BuildHost(deployment, []);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Spotantic:Redis:Configuration is not set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Spotantic:Redis:LeaseDuration", "00:00:01", "LeaseDuration")]
    [InlineData("Spotantic:Redis:RefreshTokenLifetime", "-1.00:00:00", "RefreshTokenLifetime")]
    [InlineData("Spotantic:Redis:KeyPrefix", "", "KeyPrefix must not be empty")]
    [InlineData("Spotantic:Redis:Configuraton", "localhost", "Spotantic:Redis:Configuraton is not a Spotantic setting")]
    public async Task Start_InvalidSetting_FailsNamingIt(string key, string value, string expected)
    {
        await using var deployment = await RedisDeployment.StartAsync();
        using var host = BuildHost(deployment, new() { ["Spotantic:Redis:Configuration"] = deployment.Redis.Configuration, [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RedisSectionWithoutUseRedis_FailsNamingThePackage()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(Settings(deployment, new() { ["Spotantic:Redis:Configuration"] = deployment.Redis.Configuration }));
        builder.Services.AddSpotantic(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Spotantic:Redis is set, but nothing reads it", error.Message, StringComparison.Ordinal);
        Assert.Contains("UseRedis()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RedisDown_StartsAndSaysSo_ThenWorksOnceItIsUp()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        deployment.Redis.Kill();
        using var host = BuildHost(deployment, new() { ["Spotantic:Redis:Configuration"] = deployment.Redis.Configuration + ",connectTimeout=1000" });

        await host.StartAsync();
        var manager = host.Services.GetRequiredService<ISpotifyTokenManagerProvider>().GetManager("alice");
        var error = await Assert.ThrowsAnyAsync<Spotantic.Exceptions.SpotanticException>(() => manager.SetTokenAsync(deployment.IssueToken("alice")));
        Assert.Contains("Redis is not reachable", error.Message, StringComparison.Ordinal);

        deployment.Redis.Restart();
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                await manager.SetTokenAsync(deployment.IssueToken("alice"));
                return true;
            }
            catch (Spotantic.Exceptions.SpotanticException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(20));

        // The subscription that could not start with Redis down starts now, so changes elsewhere reach this instance.
        await deployment.Inspector.WaitForSubscribersAsync(1);
        await host.StopAsync();
    }

    [Fact]
    public async Task UseRedis_NamedAppBesideTheUnnamedOne_EachUnderKeysOfItsOwn()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        using var host = BuildHost(deployment, new()
        {
            ["Spotantic:Redis:Configuration"] = deployment.Redis.Configuration,
            ["Partner:Auth:ClientId"] = "partner-client",
        }, builder => builder.Services.AddSpotantic("partner", builder.Configuration.GetSection("Partner")).UseRedis());
        await host.StartAsync();

        await host.Services.GetRequiredService<ISpotifyTokenManagerProvider>().GetManager("alice").SetTokenAsync(deployment.IssueToken("alice"));
        await host.Services.GetRequiredKeyedService<ISpotifyTokenManagerProvider>("partner").GetManager("alice").SetTokenAsync(deployment.IssueToken("alice"));

        var keys = (await deployment.Inspector.DumpAsync()).Keys;
        Assert.Contains("spotantic:token:" + SpotifyTokenKeys.FullHash("alice"), keys);
        Assert.Contains("spotantic:app:partner:token:" + SpotifyTokenKeys.FullHash("alice"), keys);
        await host.StopAsync();
    }

    private static Dictionary<string, string?> Settings(RedisDeployment deployment, Dictionary<string, string?> extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Spotantic:Auth:ClientId"] = RedisDeployment.ClientId,
            ["Spotantic:Auth:ClientSecret"] = RedisDeployment.ClientSecret,
            ["Spotantic:Auth:Flow"] = nameof(SpotifyAuthFlow.AuthorizationCode),
            ["Spotantic:Client:ApiBaseAddress"] = deployment.Emulator.ApiBaseAddress.AbsoluteUri,
            ["Spotantic:Client:AccountsBaseAddress"] = deployment.Emulator.AccountsBaseAddress.AbsoluteUri,
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static IHost BuildHost(RedisDeployment deployment, Dictionary<string, string?> settings, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(Settings(deployment, settings));
        builder.Services.AddSpotantic(builder.Configuration).UseRedis();
        configure?.Invoke(builder);
        return builder.Build();
    }
}
