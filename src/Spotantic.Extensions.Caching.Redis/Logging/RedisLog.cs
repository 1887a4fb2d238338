using Microsoft.Extensions.Logging;

namespace Spotantic.Extensions.Caching.Redis.Logging;

/// <summary>Log messages of the Redis integration (category <c>Spotantic.Redis</c>). Token keys appear only hashed.</summary>
internal static partial class RedisLog
{
    public const string Category = "Spotantic.Redis";

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Connected to Redis; tokens, refreshes and the rate-limit cooldown are shared with the other instances (instance {InstanceId}).")]
    public static partial void Connected(ILogger logger, string instanceId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Redis is not reachable ({Reason}). Calls with a valid token in memory go on; refreshes, sign-ins and sign-outs fail until it is back. Spotantic keeps reconnecting.")]
    public static partial void Unreachable(ILogger logger, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Redis is reachable again; every token held in memory is read from Redis once more, as changes made meanwhile may have been missed.")]
    public static partial void Restored(ILogger logger);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Could not subscribe to the Redis channel {Channel}; it is tried again when the connection is restored.")]
    public static partial void SubscribeFailed(ILogger logger, string channel, Exception exception);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Could not share the rate-limit cooldown of client ID {ClientId} (until {Until:O}) with the other instances.")]
    public static partial void CooldownNotShared(ILogger logger, string clientId, DateTimeOffset until, Exception exception);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Another instance reported a rate-limit cooldown for client ID {ClientId} until {Until:O}; calls fail fast until then.")]
    public static partial void CooldownReceived(ILogger logger, string clientId, DateTimeOffset until);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Could not release the refresh lease of token key '{Key}'; it expires by itself within {LeaseDuration}.")]
    public static partial void LeaseNotReleased(ILogger logger, string key, TimeSpan leaseDuration, Exception exception);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Debug, Message = "Waiting up to {Wait} for another instance to finish refreshing the token of key '{Key}'.")]
    public static partial void WaitingForLease(ILogger logger, string key, TimeSpan wait);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "Could not read the rate-limit cooldowns the other instances reported.")]
    public static partial void CooldownsNotRead(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "Ignored a malformed message on the Redis channel {Channel}.")]
    public static partial void MalformedMessage(ILogger logger, string channel);
}
