namespace Spotantic.Extensions.Caching.Redis;

/// <summary>
/// How Spotantic shares tokens, refreshes and the rate-limit cooldown through Redis, bound from <c>Spotantic:Redis</c>
/// and validated at start-up. One set per process: every Spotantic app that calls <c>UseRedis()</c> uses this
/// connection, under keys of its own.
/// </summary>
public sealed class SpotanticRedisOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Spotantic:Redis";

    /// <summary>The default <see cref="KeyPrefix"/>.</summary>
    public const string DefaultKeyPrefix = "spotantic:";

    /// <summary>
    /// The StackExchange.Redis configuration string, e.g. <c>localhost:6379</c> or
    /// <c>redis.internal:6380,ssl=true,password=...</c>. Leave it unset to use the <c>IConnectionMultiplexer</c> the app
    /// registers in the service collection.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// Starts every Redis key and channel Spotantic uses, so that several apps can share one Redis; defaults to
    /// <c>spotantic:</c>. Instances that must share tokens need the same prefix.
    /// </summary>
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;

    /// <summary>
    /// How long an instance may hold the right to refresh (or store, or remove) one user's token: 10 seconds by
    /// default. An instance that dies while refreshing blocks that user's refresh for at most this long; a refresh still
    /// running at four fifths of it is abandoned, so it never overlaps the next holder's. A call waiting for the lease
    /// waits within its attempt, so keep this at or below <c>Spotantic:Client:AttemptTimeout</c> (10 s by default).
    /// Between 2 seconds and 10 minutes.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a stored user token is kept after its sign-in: 183 days by default, as Spotify's refresh tokens stop
    /// working six months after the user authorized the app. Refreshes do not extend it; a new sign-in does.
    /// </summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(183);

    /// <summary>
    /// Whether the ASP.NET Core Data Protection key ring, which encrypts the stored tokens (and an ASP.NET Core app's
    /// cookies), is kept in this Redis under <c>&lt;KeyPrefix&gt;DataProtection-Keys</c>, so that every instance can
    /// decrypt what another wrote. On by default; ignored when the app persists the key ring elsewhere itself
    /// (<c>services.AddDataProtection().PersistKeysTo...</c>), which then must be shared by every instance too.
    /// </summary>
    public bool PersistDataProtectionKeys { get; set; } = true;

    /// <inheritdoc />
    public override string ToString() =>
        $"SpotanticRedisOptions {{ Configuration = {(Configuration is null ? "(from the service collection)" : "***")}, KeyPrefix = {KeyPrefix}, LeaseDuration = {LeaseDuration}, RefreshTokenLifetime = {RefreshTokenLifetime}, PersistDataProtectionKeys = {PersistDataProtectionKeys} }}";
}
