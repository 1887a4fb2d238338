using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Http;

namespace Spotantic.Extensions.Caching.Redis.Tests.Support;

/// <summary>
/// One instance of the deployment inside the test process: a container of its own, as a separate host would have, with
/// its own memory, token managers and rate-limit gates, sharing only Redis and the emulator with the others.
/// </summary>
public sealed class RedisInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RedisInstance(ServiceProvider services)
    {
        _services = services;
        Logs = services.GetRequiredService<FakeLogCollector>();
    }

    public IServiceProvider Services => _services;

    public ISpotifyClientFactory Factory => _services.GetRequiredService<ISpotifyClientFactory>();

    public ISpotifyTokenManagerProvider Tokens => _services.GetRequiredService<ISpotifyTokenManagerProvider>();

    public ISpotifyTokenStore Store => _services.GetRequiredService<ISpotifyTokenStore>();

    public FakeLogCollector Logs { get; }

    public HealthCheckService Health => _services.GetRequiredService<HealthCheckService>();

    /// <summary>How long this instance's gate for the deployment's client ID is still closed; null when open.</summary>
    public TimeSpan? GateRemaining => _services.GetRequiredService<SpotifyRateLimitGates>().For(RedisDeployment.ClientId).Remaining(DateTimeOffset.UtcNow);

    public static RedisInstance Start(RedisDeployment deployment, Action<SpotanticOptions>? configure, Action<SpotanticRedisOptions>? redis)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        services.AddSpotantic(options =>
        {
            options.Auth.ClientId = RedisDeployment.ClientId;
            options.Auth.ClientSecret = RedisDeployment.ClientSecret;
            options.Auth.Flow = SpotifyAuthFlow.AuthorizationCode;
            options.Client.ApiBaseAddress = deployment.Emulator.ApiBaseAddress;
            options.Client.AccountsBaseAddress = deployment.Emulator.AccountsBaseAddress;
            options.Client.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            options.Client.AttemptTimeout = TimeSpan.FromMinutes(1);
            configure?.Invoke(options);
        }).UseRedis(options =>
        {
            options.Configuration = deployment.Redis.Configuration + ",connectTimeout=2000";
            redis?.Invoke(options);
        });
        services.AddHealthChecks().AddSpotanticRedis();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // What a host's start-up validation does.
        _ = provider.GetRequiredService<IOptions<SpotanticOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<SpotanticRedisOptions>>().Value;
        return new RedisInstance(provider);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
