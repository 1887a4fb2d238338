using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Spotantic.Coordination;
using Spotantic.Extensions.Caching.Redis;
using Spotantic.Extensions.Caching.Redis.Configuration;
using Spotantic.Extensions.Caching.Redis.Connection;
using Spotantic.Extensions.Caching.Redis.DataProtection;
using Spotantic.Extensions.Caching.Redis.RateLimits;
using Spotantic.Extensions.Caching.Redis.Tokens;
using Spotantic.Extensions.DependencyInjection;
using Spotantic.Extensions.DependencyInjection.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Shares a Spotantic app's tokens, refreshes and rate-limit cooldown between instances through Redis.</summary>
public static class SpotanticRedisBuilderExtensions
{
    /// <summary>
    /// Makes the instances of a deployment behave as one Spotify client: each token key's token in Redis, encrypted
    /// with ASP.NET Core Data Protection and shared by every instance; one refresh per key at a time across all of
    /// them; and each client ID's rate-limit cooldown seen by all. Calls with a valid token in memory ask nothing of
    /// Redis. Settings come from <c>Spotantic:Redis</c> (<see cref="SpotanticRedisOptions"/>), then from
    /// <paramref name="configure"/>; the connection is <c>Spotantic:Redis:Configuration</c>, or the
    /// <c>IConnectionMultiplexer</c> registered in the service collection. Call it on each app's builder that should
    /// share (the unnamed one and any named ones); they share the connection, under keys of their own.
    /// </summary>
    /// <param name="builder">The builder <c>AddSpotantic</c> returned.</param>
    /// <param name="configure">Sets options from code, after configuration.</param>
    /// <returns>The builder.</returns>
    public static SpotanticBuilder UseRedis(this SpotanticBuilder builder, Action<SpotanticRedisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (!services.Any(d => d.ServiceType == typeof(SpotanticRedisConnection)))
        {
            AddShared(services);
        }

        if (configure is not null)
        {
            services.Configure(configure);
        }

        var appName = builder.Name;
        builder.UseTokenStore(sp =>
        {
            var connection = sp.GetRequiredService<SpotanticRedisConnection>();
            return new RedisSpotifyTokenStore(connection, new RedisKeys(connection.Options.KeyPrefix, appName), sp.GetRequiredService<IDataProtectionProvider>(), sp.GetRequiredService<TimeProvider>());
        });
        builder.UseTokenCoordinator(sp =>
        {
            var connection = sp.GetRequiredService<SpotanticRedisConnection>();
            return new RedisSpotifyTokenCoordinator(connection, new RedisKeys(connection.Options.KeyPrefix, appName), sp.GetRequiredService<TimeProvider>());
        });
        return builder;
    }

    private static void AddShared(IServiceCollection services)
    {
        // Bound from the app's configuration when it has one (a plain ServiceCollection may not); code settings, added
        // after this, win.
        services.AddOptions<SpotanticRedisOptions>().ValidateOnStart();
        services.AddSingleton<IConfigureOptions<SpotanticRedisOptions>>(sp => new ConfigureNamedOptions<SpotanticRedisOptions>(
            Options.Options.DefaultName,
            options => sp.GetService<IConfiguration>()?.GetSection(SpotanticRedisOptions.SectionName).Bind(options)));
        services.AddSingleton<IValidateOptions<SpotanticRedisOptions>, SpotanticRedisOptionsValidation>();
        services.AddSingleton(new SpotanticConfigurationSection("Redis"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SpotanticRedisConnection>();
        services.AddHostedService<SpotanticRedisStartup>();

        // One per process: the gates of every app (per client ID) report to it and hear from it.
        services.Replace(ServiceDescriptor.Singleton<ISpotifyRateLimitCoordinator, RedisSpotifyRateLimitCoordinator>());

        services.AddDataProtection();
        services.AddSingleton<IPostConfigureOptions<KeyManagementOptions>, SpotanticRedisKeyRingSetup>();
    }
}
