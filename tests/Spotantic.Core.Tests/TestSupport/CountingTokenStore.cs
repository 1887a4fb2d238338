using Spotantic.Auth;

namespace Spotantic.Core.Tests.TestSupport;

/// <summary>An in-memory store that counts how often it is read, written and cleared.</summary>
public sealed class CountingTokenStore : ISpotifyTokenStore
{
    private readonly InMemorySpotifyTokenStore _inner = new();
    private int _gets;
    private int _sets;
    private int _removes;

    public int GetCount => _gets;

    public int SetCount => _sets;

    public int RemoveCount => _removes;

    public ValueTask<SpotifyToken?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _gets);
        return _inner.GetAsync(key, cancellationToken);
    }

    public ValueTask SetAsync(string key, SpotifyToken token, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _sets);
        return _inner.SetAsync(key, token, cancellationToken);
    }

    public ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _removes);
        return _inner.RemoveAsync(key, cancellationToken);
    }

    /// <summary>Puts a token in place without counting it as a write.</summary>
    public ValueTask SeedAsync(SpotifyToken token) => _inner.SetAsync(SpotifyTokenKeys.Default, token);
}
