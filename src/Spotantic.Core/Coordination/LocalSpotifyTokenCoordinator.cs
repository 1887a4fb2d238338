namespace Spotantic.Coordination;

/// <summary>
/// The coordinator of an app whose token store no other instance writes: every lease is granted at once, as the token
/// manager of a key already refreshes one at a time, and nobody else needs to hear of changes.
/// </summary>
public sealed class LocalSpotifyTokenCoordinator : ISpotifyTokenCoordinator
{
    /// <summary>The one instance.</summary>
    public static LocalSpotifyTokenCoordinator Instance { get; } = new();

    private LocalSpotifyTokenCoordinator()
    {
    }

    /// <inheritdoc />
    public bool IsShared => false;

    /// <inheritdoc />
    public ValueTask<ISpotifyTokenLease> AcquireLeaseAsync(string tokenKey, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<ISpotifyTokenLease>(LocalLease.Instance);

    /// <inheritdoc />
    public ValueTask PublishChangedAsync(string tokenKey, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public IDisposable Subscribe(Action<string?> changed) => LocalLease.Instance;

    private sealed class LocalLease : ISpotifyTokenLease, IDisposable
    {
        public static LocalLease Instance { get; } = new();

        public CancellationToken Expiring => CancellationToken.None;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        public void Dispose()
        {
        }
    }
}
