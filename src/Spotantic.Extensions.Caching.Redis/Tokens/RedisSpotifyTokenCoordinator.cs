using System.Collections.Concurrent;
using Spotantic.Auth;
using Spotantic.Coordination;
using Spotantic.Exceptions;
using Spotantic.Extensions.Caching.Redis.Connection;
using Spotantic.Extensions.Caching.Redis.Logging;
using StackExchange.Redis;

namespace Spotantic.Extensions.Caching.Redis.Tokens;

/// <summary>
/// One refresh per token key across every instance of an app, and word of each change to the others, through Redis.
/// </summary>
/// <remarks>
/// The lease is <c>SET lease:&lt;hash&gt; &lt;id&gt; NX PX &lt;LeaseDuration&gt;</c>. An instance that does not get it
/// waits for the holder's "released" or "changed" message, or at most until the lease runs out (its holder may have
/// died): never a polling loop. The token manager reads the store again once it holds the lease, so that a refresh
/// another instance finished meanwhile is used rather than repeated with a refresh token Spotify may have replaced.
/// </remarks>
internal sealed class RedisSpotifyTokenCoordinator : ISpotifyTokenCoordinator, IDisposable
{
    // Deletes the lease (KEYS[1]) only if this holder (ARGV[1]) still has it, then tells the waiting instances: publishes
    // ARGV[3] on the channel ARGV[2].
    private const string ReleaseScript =
        "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]); redis.call('PUBLISH', ARGV[2], ARGV[3]); return 1 end; return 0";

    private readonly SpotanticRedisConnection _connection;
    private readonly RedisKeys _keys;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);
    private readonly RedisChannelSubscription _subscription;
    private readonly CallbackList<Action<string?>> _changed = new();

    public RedisSpotifyTokenCoordinator(SpotanticRedisConnection connection, RedisKeys keys, TimeProvider timeProvider)
    {
        _connection = connection;
        _keys = keys;
        _timeProvider = timeProvider;
        _subscription = RedisChannelSubscription.Start(connection, keys.Events, OnMessage, OnResync);
    }

    /// <inheritdoc />
    public bool IsShared => true;

    /// <inheritdoc />
    public async ValueTask<ISpotifyTokenLease> AcquireLeaseAsync(string tokenKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenKey);
        var fingerprint = SpotifyTokenKeys.FullHash(tokenKey);
        var leaseKey = _keys.Lease(fingerprint);
        var id = Guid.NewGuid().ToString("N");
        var duration = _connection.Options.LeaseDuration;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Registered before asking, so a release that comes between the two is not missed.
            var released = _waiters.GetOrAdd(fingerprint, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            TimeSpan? heldFor;
            try
            {
                var database = _connection.Database;
                if (await database.StringSetAsync(leaseKey, id, duration, When.NotExists).ConfigureAwait(false))
                {
                    _waiters.TryRemove(new KeyValuePair<string, TaskCompletionSource>(fingerprint, released));
                    return new RedisTokenLease(this, tokenKey, leaseKey, fingerprint, id, duration, _timeProvider);
                }

                heldFor = await database.KeyTimeToLiveAsync(leaseKey).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                _waiters.TryRemove(new KeyValuePair<string, TaskCompletionSource>(fingerprint, released));
                throw new SpotifyCoordinationException(
                    $"The Spotify token of token key '{SpotifyTokenKeys.Hash(tokenKey)}' cannot be refreshed, stored or removed now: Redis is not reachable ({ex.GetType().Name}), and the instances agree there on who changes a token. No instance does it alone, as another could be refreshing it with a refresh token Spotify may replace; this succeeds again once Redis is back.",
                    ex);
            }

            // No time left (the lease just ended) or none set: ask again at once, but never spin.
            var wait = heldFor is { } left && left > TimeSpan.Zero ? left + TimeSpan.FromMilliseconds(5) : TimeSpan.FromMilliseconds(10);
            var hashedKey = SpotifyTokenKeys.Hash(tokenKey);
            RedisLog.WaitingForLease(_connection.Logger, hashedKey, wait);
            await Task.WhenAny(released.Task, Task.Delay(wait, _timeProvider, cancellationToken)).ConfigureAwait(false);

            // Woken by the lease running out or by cancellation: the next round registers afresh.
            _waiters.TryRemove(new KeyValuePair<string, TaskCompletionSource>(fingerprint, released));
        }
    }

    /// <inheritdoc />
    public async ValueTask PublishChangedAsync(string tokenKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenKey);
        var message = new SpotanticRedisMessage(_connection.InstanceId, SpotanticRedisMessage.TokenChanged, SpotifyTokenKeys.FullHash(tokenKey), string.Empty);
        await _connection.Multiplexer.GetSubscriber().PublishAsync(_keys.Events, message.ToString()).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public IDisposable Subscribe(Action<string?> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return _changed.Add(changed);
    }

    public void Dispose() => _subscription.Dispose();

    /// <summary>Releases a lease this instance holds, if it still does.</summary>
    internal async Task ReleaseAsync(string tokenKey, RedisKey leaseKey, string fingerprint, string id)
    {
        var message = new SpotanticRedisMessage(_connection.InstanceId, SpotanticRedisMessage.LeaseReleased, fingerprint, string.Empty);
        try
        {
            await _connection.Database.ScriptEvaluateAsync(ReleaseScript, [leaseKey], [id, _keys.Events.ToString(), message.ToString()]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            RedisLog.LeaseNotReleased(_connection.Logger, SpotifyTokenKeys.Hash(tokenKey), _connection.Options.LeaseDuration, ex);
        }
    }

    private void OnMessage(SpotanticRedisMessage message)
    {
        if (message.Kind is not (SpotanticRedisMessage.TokenChanged or SpotanticRedisMessage.LeaseReleased))
        {
            return;
        }

        if (_waiters.TryRemove(message.Subject, out var waiter))
        {
            waiter.TrySetResult();
        }

        if (message.Kind == SpotanticRedisMessage.TokenChanged)
        {
            _changed.All?.Invoke(message.Subject);
        }
    }

    // Changes may have been missed while the subscription was down: every token held in memory is read again, and
    // every waiter asks for the lease again.
    private void OnResync()
    {
        foreach (var fingerprint in _waiters.Keys)
        {
            if (_waiters.TryRemove(fingerprint, out var waiter))
            {
                waiter.TrySetResult();
            }
        }

        _changed.All?.Invoke(null);
    }
}
