using Spotantic.Coordination;
using StackExchange.Redis;

namespace Spotantic.Extensions.Caching.Redis.Tokens;

/// <summary>
/// The right to refresh one key's token, held in Redis until released or until it runs out. <see cref="Expiring"/>
/// fires at four fifths of its duration: the refresh is abandoned before another instance may take over.
/// </summary>
internal sealed class RedisTokenLease : ISpotifyTokenLease
{
    private readonly RedisSpotifyTokenCoordinator _owner;
    private readonly string _tokenKey;
    private readonly RedisKey _leaseKey;
    private readonly string _fingerprint;
    private readonly string _id;
    private readonly CancellationTokenSource _expiring;
    private int _released;

    public RedisTokenLease(RedisSpotifyTokenCoordinator owner, string tokenKey, RedisKey leaseKey, string fingerprint, string id, TimeSpan duration, TimeProvider timeProvider)
    {
        _owner = owner;
        _tokenKey = tokenKey;
        _leaseKey = leaseKey;
        _fingerprint = fingerprint;
        _id = id;
        _expiring = new CancellationTokenSource(TimeSpan.FromTicks(duration.Ticks / 5 * 4), timeProvider);
    }

    /// <inheritdoc />
    public CancellationToken Expiring => _expiring.Token;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 1)
        {
            return;
        }

        _expiring.Dispose();
        await _owner.ReleaseAsync(_tokenKey, _leaseKey, _fingerprint, _id).ConfigureAwait(false);
    }
}
