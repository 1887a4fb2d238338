using System.Globalization;
using Spotantic.Coordination;
using Spotantic.Extensions.Caching.Redis.Connection;
using Spotantic.Extensions.Caching.Redis.Logging;

namespace Spotantic.Extensions.Caching.Redis.RateLimits;

/// <summary>
/// Shares the rate-limit cooldown of each client ID between instances. A cooldown is written to Redis
/// (<c>ratelimit:&lt;client ID&gt;</c>, expiring when it ends) and announced on a channel; instances learn of it from the
/// announcement, and read those in force when they connect or reconnect. Nothing is asked of Redis per call.
/// </summary>
internal sealed class RedisSpotifyRateLimitCoordinator : ISpotifyRateLimitCoordinator, IDisposable
{
    // Sets the cooldown KEYS[1] to end at ARGV[1] (Unix ms), expiring then, adds the client ID ARGV[2] to the set KEYS[2]
    // and publishes ARGV[4] on the channel ARGV[3]; never shortens a cooldown another instance wrote.
    private const string BlockScript =
        "local current = tonumber(redis.call('GET', KEYS[1]) or '0') " +
        "if current >= tonumber(ARGV[1]) then return 0 end " +
        "redis.call('SET', KEYS[1], ARGV[1], 'PXAT', ARGV[1]) " +
        "redis.call('SADD', KEYS[2], ARGV[2]) " +
        "redis.call('PUBLISH', ARGV[3], ARGV[4]) " +
        "return 1";

    private readonly SpotanticRedisConnection _connection;
    private readonly string _prefix;
    private readonly TimeProvider _timeProvider;
    private readonly CallbackList<Action<string, DateTimeOffset>> _blocked = new();
    private readonly RedisChannelSubscription _subscription;

    public RedisSpotifyRateLimitCoordinator(SpotanticRedisConnection connection, TimeProvider timeProvider)
    {
        _connection = connection;
        _prefix = connection.Options.KeyPrefix;
        _timeProvider = timeProvider;
        _subscription = RedisChannelSubscription.Start(connection, RedisKeys.RateLimitChannel(_prefix), OnMessage, () => _ = ReadCooldownsAsync());
    }

    /// <inheritdoc />
    public void PublishBlocked(string clientId, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(clientId);

        // On the request path: sent in the background, and a failure is only logged (this instance's gate is closed).
        _ = PublishAsync(clientId, until);
    }

    /// <inheritdoc />
    public IDisposable Subscribe(Action<string, DateTimeOffset> blocked)
    {
        ArgumentNullException.ThrowIfNull(blocked);
        var subscription = _blocked.Add(blocked);
        _ = ReadCooldownsAsync();
        return subscription;
    }

    public void Dispose() => _subscription.Dispose();

    internal async Task PublishAsync(string clientId, DateTimeOffset until)
    {
        var untilMs = until.ToUnixTimeMilliseconds();
        var message = new SpotanticRedisMessage(_connection.InstanceId, SpotanticRedisMessage.Cooldown, clientId, untilMs.ToString(CultureInfo.InvariantCulture));
        try
        {
            await _connection.Database.ScriptEvaluateAsync(
                BlockScript,
                [RedisKeys.RateLimit(_prefix, clientId), RedisKeys.RateLimitClients(_prefix)],
                [untilMs, clientId, RedisKeys.RateLimitChannel(_prefix).ToString(), message.ToString()]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Sent in the background: nothing may escape unobserved; this instance's own gate is closed anyway.
            RedisLog.CooldownNotShared(_connection.Logger, clientId, until, ex);
        }
    }

    private void OnMessage(SpotanticRedisMessage message)
    {
        if (message.Kind == SpotanticRedisMessage.Cooldown
            && long.TryParse(message.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var untilMs))
        {
            Report(message.Subject, DateTimeOffset.FromUnixTimeMilliseconds(untilMs));
        }
    }

    private void Report(string clientId, DateTimeOffset until)
    {
        if (until <= _timeProvider.GetUtcNow())
        {
            return;
        }

        RedisLog.CooldownReceived(_connection.Logger, clientId, until);
        _blocked.All?.Invoke(clientId, until);
    }

    // The cooldowns in force when this instance (re)connects: those announced while it was away were missed.
    private async Task ReadCooldownsAsync()
    {
        try
        {
            var database = _connection.Database;
            var clientIds = await database.SetMembersAsync(RedisKeys.RateLimitClients(_prefix)).ConfigureAwait(false);
            if (clientIds.Length == 0)
            {
                return;
            }

            var untils = await database.StringGetAsync([.. clientIds.Select(id => RedisKeys.RateLimit(_prefix, id!))]).ConfigureAwait(false);
            for (var i = 0; i < clientIds.Length; i++)
            {
                if (untils[i].TryParse(out long untilMs))
                {
                    Report(clientIds[i]!, DateTimeOffset.FromUnixTimeMilliseconds(untilMs));
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Read in the background: nothing may escape unobserved.
            RedisLog.CooldownsNotRead(_connection.Logger, ex);
        }
    }
}
