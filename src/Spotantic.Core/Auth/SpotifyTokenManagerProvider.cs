using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Spotantic.Configuration;
using Spotantic.Coordination;

namespace Spotantic.Auth;

/// <summary>
/// One <see cref="SpotifyTokenManager"/> per token key, created on demand and released once idle.
/// </summary>
/// <remarks>
/// A key's live state is an entry with a count of the calls inside it. The sweeper retires an entry only when that
/// count is zero and it has been idle for the timeout, by swapping the count to -1 in one atomic step; a caller that
/// then finds the retired entry replaces it with a fresh one. So two managers of one key never run at the same time,
/// and "one refresh per key" holds across a release. A released key loses nothing: every token a manager obtains is
/// in the store before the call that obtained it returns.
/// </remarks>
internal sealed class SpotifyTokenManagerProvider : ISpotifyTokenManagerProvider, IDisposable
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly SpotifyAccountsClient _accounts;
    private readonly ISpotifyTokenStore _store;
    private readonly SpotanticOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SpotifyTokenManager> _logger;
    private readonly TimeSpan _idleTimeout;
    private readonly ITimer _sweeper;
    private readonly string? _appName;
    private readonly ISpotifyTokenCoordinator _coordinator;
    private readonly IDisposable _changes;
    private volatile bool _disposed;

    public SpotifyTokenManagerProvider(
        SpotifyAccountsClient accounts,
        ISpotifyTokenStore store,
        SpotanticOptions options,
        TimeProvider timeProvider,
        ILogger<SpotifyTokenManager> logger,
        string? appName = null,
        ISpotifyTokenCoordinator? coordinator = null)
    {
        _appName = appName;
        _coordinator = coordinator ?? LocalSpotifyTokenCoordinator.Instance;
        _accounts = accounts;
        _store = store;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _idleTimeout = options.Auth.TokenManagerIdleTimeout;
        // Half the timeout between sweeps: an idle key is released between one and one and a half timeouts after its
        // last use, without a sweep on the request path.
        var period = TimeSpan.FromTicks(Math.Max(_idleTimeout.Ticks / 2, TimeSpan.TicksPerSecond));
        _sweeper = timeProvider.CreateTimer(static state => ((SpotifyTokenManagerProvider)state!).Sweep(), this, period, period);
        _changes = _coordinator.Subscribe(OnChangedElsewhere);
    }

    /// <inheritdoc />
    public int LiveManagerCount => _entries.Count;

    /// <inheritdoc />
    public ISpotifyTokenManager GetManager(string key)
    {
        SpotifyTokenKeys.Validate(key, nameof(key));
        return new KeyedSpotifyTokenManager(this, Normalize(key));
    }

    /// <summary>Enters the live state of <paramref name="key"/>, creating it if needed; dispose the lease to leave.</summary>
    /// <param name="key">A validated, normalized key.</param>
    /// <returns>The lease.</returns>
    public Lease Acquire(string key)
    {
        // A manager created after Dispose would never be disposed, nor swept: its timer is gone.
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (true)
        {
            var entry = _entries.GetOrAdd(key, static (k, self) => new Entry(self.CreateManager(k), self._coordinator.IsShared ? SpotifyTokenKeys.FullHash(k) : null), this);
            if (entry.TryEnter(_timeProvider.GetUtcNow().UtcTicks))
            {
                return new Lease(entry, _timeProvider);
            }

            // Retired by the sweeper between the lookup and the entry: drop it (if still there) and start afresh.
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        }
    }

    /// <summary>Releases the managers idle for longer than the timeout.</summary>
    public void Sweep()
    {
        var idleSince = _timeProvider.GetUtcNow().UtcTicks - _idleTimeout.Ticks;
        foreach (var pair in _entries)
        {
            if (pair.Value.TryRetire(idleSince))
            {
                _entries.TryRemove(pair);
                pair.Value.Manager.Dispose();
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _changes.Dispose();
        _sweeper.Dispose();
        foreach (var entry in _entries.Values)
        {
            entry.Manager.Dispose();
        }

        _entries.Clear();
    }

    // Only live managers hold a token in memory; a released key reads the store anyway when next used. Coordinators
    // name keys by their hash, so the live entries are matched by theirs: a scan, as changes are rare (a refresh per
    // user per hour) and a second index would have to follow every release.
    private void OnChangedElsewhere(string? fingerprint)
    {
        foreach (var entry in _entries.Values)
        {
            if (fingerprint is null || string.Equals(entry.Fingerprint, fingerprint, StringComparison.Ordinal))
            {
                entry.Manager.Invalidate();
            }
        }
    }

    // A client-credentials token belongs to the app, not to a user: every key shares it rather than each asking
    // Spotify for its own.
    private string Normalize(string key) =>
        _options.Auth.Flow == SpotifyAuthFlow.ClientCredentials ? SpotifyTokenKeys.Default : key;

    private SpotifyTokenManager CreateManager(string key) => new(key, _accounts, _store, _options, _timeProvider, _logger, _appName, _coordinator);

    /// <summary>A call inside one key's live state.</summary>
    public readonly struct Lease : IDisposable
    {
        private readonly Entry _entry;
        private readonly TimeProvider _timeProvider;

        internal Lease(Entry entry, TimeProvider timeProvider)
        {
            _entry = entry;
            _timeProvider = timeProvider;
        }

        /// <summary>The key's manager.</summary>
        public SpotifyTokenManager Manager => _entry.Manager;

        /// <inheritdoc />
        public void Dispose() => _entry.Exit(_timeProvider.GetUtcNow().UtcTicks);
    }

    /// <summary>One key's manager, how many calls are inside it (-1 once retired), and when it was last used.</summary>
    internal sealed class Entry(SpotifyTokenManager manager, string? fingerprint)
    {
        private int _users;
        private long _lastUsedTicks;

        public SpotifyTokenManager Manager { get; } = manager;

        /// <summary>The key's <see cref="SpotifyTokenKeys.FullHash"/>, when a shared coordinator names keys that way.</summary>
        public string? Fingerprint { get; } = fingerprint;

        public bool TryEnter(long nowTicks)
        {
            int users;
            do
            {
                users = Volatile.Read(ref _users);
                if (users < 0)
                {
                    return false;
                }
            }
            while (Interlocked.CompareExchange(ref _users, users + 1, users) != users);

            Volatile.Write(ref _lastUsedTicks, nowTicks);
            return true;
        }

        public void Exit(long nowTicks)
        {
            Volatile.Write(ref _lastUsedTicks, nowTicks);
            Interlocked.Decrement(ref _users);
        }

        public bool TryRetire(long idleSinceTicks) =>
            Volatile.Read(ref _lastUsedTicks) <= idleSinceTicks && Interlocked.CompareExchange(ref _users, -1, 0) == 0;
    }
}
