using Spotantic.Auth;
using StackExchange.Redis;

namespace Spotantic.Extensions.Caching.Redis.Connection;

/// <summary>
/// The Redis keys and channels of one Spotantic app. Token keys appear only as their
/// <see cref="SpotifyTokenKeys.FullHash"/>: a key is user input, and Redis key names show up in monitoring tools.
/// </summary>
/// <remarks>
/// Layout under the prefix (<c>spotantic:</c> by default), with <c>app:&lt;name&gt;:</c> after it for a named app:
/// <c>token:&lt;hash&gt;</c> (a hash: the protected token and a fingerprint of its refresh token),
/// <c>lease:&lt;hash&gt;</c> (who refreshes the key now) and the channel <c>events</c>; per client ID, shared by every app
/// with that client ID, <c>ratelimit:&lt;client ID&gt;</c>, the set <c>ratelimit-clients</c> and the channel
/// <c>ratelimit</c>; and the Data Protection key ring, <c>DataProtection-Keys</c>.
/// </remarks>
internal sealed class RedisKeys
{
    private readonly string _app;

    public RedisKeys(string prefix, string? appName)
    {
        _app = prefix + (appName is null ? string.Empty : "app:" + Segment(appName) + ":");
        Events = RedisChannel.Literal(_app + "events");
    }

    /// <summary>The channel on which the app's instances announce token changes and released leases.</summary>
    public RedisChannel Events { get; }

    public RedisKey Token(string fingerprint) => _app + "token:" + fingerprint;

    public RedisKey Lease(string fingerprint) => _app + "lease:" + fingerprint;

    public static RedisKey RateLimit(string prefix, string clientId) => prefix + "ratelimit:" + clientId;

    public static RedisKey RateLimitClients(string prefix) => prefix + "ratelimit-clients";

    public static RedisChannel RateLimitChannel(string prefix) => RedisChannel.Literal(prefix + "ratelimit");

    public static RedisKey DataProtectionKeys(string prefix) => prefix + "DataProtection-Keys";

    // App names are chosen in code, but may hold characters (':' above all) that would blur the layout.
    private static string Segment(string appName) =>
        appName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? appName : "h-" + SpotifyTokenKeys.FullHash(appName)[..16];
}
