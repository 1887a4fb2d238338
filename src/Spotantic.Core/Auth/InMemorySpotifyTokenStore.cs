using System.Collections.Concurrent;

namespace Spotantic.Auth;

/// <summary>Keeps tokens in memory for the life of the process.</summary>
public sealed class InMemorySpotifyTokenStore : ISpotifyTokenStore
{
    private readonly ConcurrentDictionary<string, SpotifyToken> _tokens = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<SpotifyToken?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_tokens.TryGetValue(key, out var token) ? token : null);
    }

    /// <inheritdoc />
    public ValueTask SetAsync(string key, SpotifyToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(token);
        cancellationToken.ThrowIfCancellationRequested();
        _tokens[key] = token;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        _tokens.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }
}
