using System.Collections.Concurrent;
using Spotantic.Auth;

namespace Spotantic.Core.Tests.TestSupport;

/// <summary>
/// A token manager for handler tests: hands out <see cref="Current"/> and, on each refresh, the next token of a
/// numbered sequence (<c>access-2</c>, <c>access-3</c>, ...), recording what it was asked.
/// </summary>
/// <remarks>It is also a provider that answers every key with itself, for the handlers that take one.</remarks>
public sealed class FakeSpotifyTokenManager : ISpotifyTokenManager, ISpotifyTokenManagerProvider
{
    private readonly ConcurrentQueue<SpotifyToken?> _rejected = new();
    private int _generation = 1;
    private int _getCount;

    public FakeSpotifyTokenManager(string? scope = null)
    {
        Current = TestTokens.Create("access-1", scope: scope);
    }

    public string Key => SpotifyTokenKeys.Default;

    public int LiveManagerCount => 1;

    /// <summary>The keys handlers asked for, in order.</summary>
    public ConcurrentQueue<string> RequestedKeys { get; } = new();

    public ISpotifyTokenManager GetManager(string key)
    {
        RequestedKeys.Enqueue(key);
        return this;
    }

    public SpotifyToken Current { get; private set; }

    public int GetCount => _getCount;

    public int RefreshCount => _rejected.Count;

    /// <summary>The tokens passed to <see cref="RefreshAsync"/>, in order.</summary>
    public IReadOnlyList<SpotifyToken?> RejectedTokens => [.. _rejected];

    public ValueTask<SpotifyToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _getCount);
        return ValueTask.FromResult(Current);
    }

    public Task<SpotifyToken> RefreshAsync(SpotifyToken? rejectedToken = null, CancellationToken cancellationToken = default)
    {
        _rejected.Enqueue(rejectedToken);
        var generation = Interlocked.Increment(ref _generation);
        Current = Current with { AccessToken = $"access-{generation}" };
        return Task.FromResult(Current);
    }

    public Task SetTokenAsync(SpotifyToken token, CancellationToken cancellationToken = default)
    {
        Current = token;
        return Task.CompletedTask;
    }

    public Task ClearAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
