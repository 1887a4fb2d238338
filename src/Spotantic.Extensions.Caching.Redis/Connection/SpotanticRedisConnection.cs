using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic.Extensions.Caching.Redis.Logging;
using StackExchange.Redis;

namespace Spotantic.Extensions.Caching.Redis.Connection;

/// <summary>
/// The process's Redis connection for Spotantic: its own multiplexer, made from <c>Spotantic:Redis:Configuration</c>,
/// or the app's <see cref="IConnectionMultiplexer"/>. Connecting never fails start-up: StackExchange.Redis keeps
/// reconnecting, and commands sent while Redis is away fail at once instead of queueing, so a refresh reports the
/// outage rather than hanging.
/// </summary>
internal sealed class SpotanticRedisConnection : IDisposable
{
    private readonly Lazy<IConnectionMultiplexer> _multiplexer;
    private readonly bool _owned;
    private readonly ILogger _logger;
    private readonly CallbackList<Action> _restored = new();
    private readonly EventHandler<ConnectionFailedEventArgs> _onFailed;
    private readonly EventHandler<ConnectionFailedEventArgs> _onRestored;

    public SpotanticRedisConnection(IOptions<SpotanticRedisOptions> options, IServiceProvider services, ILoggerFactory loggerFactory)
    {
        Options = options.Value;
        _logger = loggerFactory.CreateLogger(RedisLog.Category);
        var configuration = Options.Configuration;
        _owned = !string.IsNullOrWhiteSpace(configuration);
        _onFailed = (_, e) => RedisLog.Unreachable(_logger, e.FailureType.ToString());
        _onRestored = (_, _) =>
        {
            RedisLog.Restored(_logger);
            _restored.All?.Invoke();
        };
        _multiplexer = new(() => Hook(_owned ? Connect(configuration!) : services.GetRequiredService<IConnectionMultiplexer>()));
    }

    /// <summary>This process's name in messages, so that each instance ignores its own.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public SpotanticRedisOptions Options { get; }

    /// <summary>The multiplexer, connected (or connecting) on first use.</summary>
    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public IDatabase Database => Multiplexer.GetDatabase();

    public ILogger Logger => _logger;

    /// <summary>Runs <paramref name="callback"/> whenever a lost connection to Redis is restored.</summary>
    /// <returns>Disposing it stops the callbacks.</returns>
    public IDisposable OnRestored(Action callback) => _restored.Add(callback);

    public void Dispose()
    {
        if (!_multiplexer.IsValueCreated)
        {
            return;
        }

        // The app's own multiplexer outlives this: leave it as it was found.
        var multiplexer = _multiplexer.Value;
        multiplexer.ConnectionFailed -= _onFailed;
        multiplexer.ConnectionRestored -= _onRestored;
        if (_owned)
        {
            multiplexer.Dispose();
        }
    }

    private static ConnectionMultiplexer Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);

        // Start without Redis rather than fail; and fail a command at once while it is away, rather than queue it
        // until a timeout, so that a refresh is reported as impossible instead of hanging the call.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName ??= "spotantic";
        return ConnectionMultiplexer.Connect(options);
    }

    private IConnectionMultiplexer Hook(IConnectionMultiplexer multiplexer)
    {
        multiplexer.ConnectionFailed += _onFailed;
        multiplexer.ConnectionRestored += _onRestored;
        if (multiplexer.IsConnected)
        {
            RedisLog.Connected(_logger, InstanceId);
        }
        else
        {
            RedisLog.Unreachable(_logger, "not connected at start");
        }

        return multiplexer;
    }
}
