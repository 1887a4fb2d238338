using Spotantic.Extensions.Caching.Redis.Logging;
using StackExchange.Redis;

namespace Spotantic.Extensions.Caching.Redis.Connection;

/// <summary>
/// A subscription to one channel that survives a Redis outage: StackExchange.Redis subscribes again after a
/// reconnect, and a subscription that could not even start (Redis down at start) is started on the first reconnect.
/// Messages can be lost while the connection is down, so <c>onResync</c> runs once the subscription is (again) in
/// place: its owner then reads back what it may have missed.
/// </summary>
internal sealed class RedisChannelSubscription : IDisposable
{
    private readonly SpotanticRedisConnection _connection;
    private readonly RedisChannel _channel;
    private readonly Action<SpotanticRedisMessage> _onMessage;
    private readonly Action _onResync;
    private readonly IDisposable _restored;
    private readonly Action<RedisChannel, RedisValue> _handler;
    private int _state; // 0: not subscribed, 1: subscribing or subscribed, 2: disposed

    private RedisChannelSubscription(SpotanticRedisConnection connection, RedisChannel channel, Action<SpotanticRedisMessage> onMessage, Action onResync)
    {
        _connection = connection;
        _channel = channel;
        _onMessage = onMessage;
        _onResync = onResync;
        _handler = Receive;
        _restored = connection.OnRestored(OnRestored);
    }

    /// <summary>Starts the subscription in the background; the caller never waits for Redis.</summary>
    public static RedisChannelSubscription Start(SpotanticRedisConnection connection, RedisChannel channel, Action<SpotanticRedisMessage> onMessage, Action onResync)
    {
        var subscription = new RedisChannelSubscription(connection, channel, onMessage, onResync);
        _ = Task.Run(subscription.SubscribeAsync);
        return subscription;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _state, 2) == 2)
        {
            return;
        }

        _restored.Dispose();
        Unsubscribe();
    }

    private async Task SubscribeAsync()
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            return;
        }

        try
        {
            await _connection.Multiplexer.GetSubscriber().SubscribeAsync(_channel, _handler).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Background work: nothing may escape unobserved. Tried again when the connection is restored.
            Interlocked.CompareExchange(ref _state, 0, 1);
            RedisLog.SubscribeFailed(_connection.Logger, _channel.ToString(), ex);
            return;
        }

        if (Volatile.Read(ref _state) == 2)
        {
            // Disposed while subscribing: undo it.
            Unsubscribe();
            return;
        }

        Resync();
    }

    private void Unsubscribe()
    {
        try
        {
            _connection.Multiplexer.GetSubscriber().Unsubscribe(_channel, _handler, CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or ObjectDisposedException)
        {
            // Gone with the connection anyway (the app may have disposed its own multiplexer first).
        }
    }

    private void Resync()
    {
        try
        {
            _onResync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            RedisLog.SubscribeFailed(_connection.Logger, _channel.ToString(), ex);
        }
    }

    private void OnRestored()
    {
        if (Volatile.Read(ref _state) == 0)
        {
            _ = Task.Run(SubscribeAsync);
        }
        else if (Volatile.Read(ref _state) == 1)
        {
            Resync();
        }
    }

    private void Receive(RedisChannel channel, RedisValue value)
    {
        if (!SpotanticRedisMessage.TryParse(value, out var message))
        {
            RedisLog.MalformedMessage(_connection.Logger, channel.ToString());
            return;
        }

        if (message.Value.Instance != _connection.InstanceId)
        {
            _onMessage(message.Value);
        }
    }
}
