using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Spotantic.Auth;
using Spotantic.Configuration;
using StackExchange.Redis;

namespace Spotantic.Benchmarks;

/// <summary>
/// One GetAlbum call through DI with the token in Redis (shared by instances) against the same call with the token in
/// memory (one instance): Redis must cost nothing per call once the token is in memory. A real redis-server is
/// started for the run, and the commands it receives during the measured calls are counted.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 3, warmupCount: 5, iterationCount: 15)]
public class RedisOverheadBenchmarks
{
    private const string Key = "benchmark-user";
    private const string AlbumId = "4aawyAB9vmqN3uQ7FjRGTy";

    private Process? _redis;
    private string _redisConfiguration = "";
    private ServiceProvider? _inMemory;
    private ServiceProvider? _shared;
    private ISpotifyClient _inMemoryClient = null!;
    private ISpotifyClient _sharedClient = null!;
    private long _sharedCalls;

    // Connected before the counts are reset, so its own handshake is not counted.
    private ConnectionMultiplexer? _admin;

    /// <summary>Starts Redis and two containers, one per token store, each holding a valid token in memory.</summary>
    /// <returns>A task that completes when both are ready.</returns>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        var port = FreePort();
        _redisConfiguration = $"127.0.0.1:{port}";
        _redis = Process.Start(new ProcessStartInfo("/usr/bin/redis-server", ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start (apt-get install -y redis-server).");
        await WaitForRedisAsync(port).ConfigureAwait(false);

        (_inMemory, _inMemoryClient) = await BuildAsync(builder => builder.UseInMemoryTokenStore()).ConfigureAwait(false);
        (_shared, _sharedClient) = await BuildAsync(builder => builder.UseRedis(options => options.Configuration = _redisConfiguration)).ConfigureAwait(false);

        // The first call of each loads the token; the measured ones find it in memory.
        await _inMemoryClient.Albums.GetAlbumAsync(AlbumId).ConfigureAwait(false);
        await _sharedClient.Albums.GetAlbumAsync(AlbumId).ConfigureAwait(false);
        await Task.Delay(500).ConfigureAwait(false);
        _admin = await ConnectionMultiplexer.ConnectAsync(_redisConfiguration + ",allowAdmin=true").ConfigureAwait(false);
        await _admin.GetServer(_admin.GetEndPoints()[0]).ExecuteAsync("CONFIG", "RESETSTAT").ConfigureAwait(false);
    }

    /// <summary>The call with the in-memory store (one instance).</summary>
    /// <returns>The call.</returns>
    [Benchmark(Baseline = true, Description = "GetAlbum, token store in memory")]
    public Task InMemory() => _inMemoryClient.Albums.GetAlbumAsync(AlbumId);

    /// <summary>The call with the Redis store (instances sharing tokens), counted for the commands-per-call figure.</summary>
    /// <returns>The call.</returns>
    [Benchmark(Description = "GetAlbum, token store in Redis")]
    public Task Redis()
    {
        Interlocked.Increment(ref _sharedCalls);
        return _sharedClient.Albums.GetAlbumAsync(AlbumId);
    }

    /// <summary>Prints the Redis commands per measured call, then stops everything.</summary>
    /// <returns>A task that completes when all is stopped.</returns>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_admin is not null && _sharedCalls > 0)
        {
            // Every command Redis ran since the reset but the reset and this INFO: heartbeats (PING) included.
            var info = (string)(await _admin.GetServer(_admin.GetEndPoints()[0]).ExecuteAsync("INFO", "commandstats").ConfigureAwait(false))!;
            var commands = info.Split('\n', StringSplitOptions.TrimEntries)
                .Where(line => line.StartsWith("cmdstat_", StringComparison.Ordinal) && !line.StartsWith("cmdstat_info:", StringComparison.Ordinal)
                    && !line.StartsWith("cmdstat_config|resetstat:", StringComparison.Ordinal))
                .ToList();
            var total = commands.Sum(line => long.Parse(line.Split(',')[0].Split('=')[1], CultureInfo.InvariantCulture));
            Console.WriteLine($"// Redis commands during {_sharedCalls} measured calls: {total} ({(double)total / _sharedCalls:0.######} per call){(total > 0 ? ": " + string.Join("; ", commands) : "")}.");
            _admin.Dispose();
        }

        if (_inMemory is not null)
        {
            await _inMemory.DisposeAsync().ConfigureAwait(false);
        }

        if (_shared is not null)
        {
            await _shared.DisposeAsync().ConfigureAwait(false);
        }

        if (_redis is { HasExited: false })
        {
            _redis.Kill();
            await _redis.WaitForExitAsync().ConfigureAwait(false);
        }

        _redis?.Dispose();
    }

    private static async Task<(ServiceProvider Services, ISpotifyClient Client)> BuildAsync(Action<Spotantic.Extensions.DependencyInjection.SpotanticBuilder> store)
    {
        var services = new ServiceCollection();
        var builder = services.AddSpotantic(options =>
        {
            options.Auth.ClientId = "benchmark-client";
            options.Auth.Flow = SpotifyAuthFlow.AuthorizationCodePkce;
        });
        store(builder);
        builder.ApiHttpClient.ConfigurePrimaryHttpMessageHandler(() => new StubSpotifyHandler());
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ISpotifyTokenManagerProvider>().GetManager(Key).SetTokenAsync(new SpotifyToken
        {
            AccessToken = "benchmark-access-token",
            RefreshToken = "benchmark-refresh-token",
            Scope = "user-read-private",
            ExpiresIn = 3600,
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds(),
        }).ConfigureAwait(false);
        return (provider, provider.GetRequiredService<ISpotifyClientFactory>().ForUser(Key));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForRedisAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50).ConfigureAwait(false);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {port}.");
    }
}
