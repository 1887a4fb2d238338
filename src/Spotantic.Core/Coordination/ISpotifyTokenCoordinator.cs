namespace Spotantic.Coordination;

/// <summary>
/// Coordinates the token managers of one app across the instances that share its token store: one refresh at a time
/// per token key, and word to the other instances when a key's token changed. The default does nothing beyond the
/// process (its token managers already refresh one at a time); <c>Spotantic.Extensions.Caching.Redis</c> shares it
/// through Redis.
/// </summary>
/// <remarks>
/// A token manager keeps its key's token in memory and asks the coordinator nothing on the hot path: it takes a lease
/// only to refresh (or to get a client-credentials token), and learns of changes elsewhere through
/// <see cref="Subscribe"/>.
/// </remarks>
public interface ISpotifyTokenCoordinator
{
    /// <summary>
    /// Whether other instances write the same token store, so that a manager must read the store again after taking a
    /// lease (another instance may have refreshed the token while it waited).
    /// </summary>
    bool IsShared { get; }

    /// <summary>Takes the right to refresh <paramref name="tokenKey"/>'s token, waiting while another instance holds it.</summary>
    /// <param name="tokenKey">The token key.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The lease; dispose it to release.</returns>
    /// <exception cref="Exceptions.SpotifyCoordinationException">The lease could not be taken (e.g. Redis is unreachable).</exception>
    ValueTask<ISpotifyTokenLease> AcquireLeaseAsync(string tokenKey, CancellationToken cancellationToken = default);

    /// <summary>Tells the other instances that <paramref name="tokenKey"/>'s token changed (refreshed, replaced or removed).</summary>
    /// <param name="tokenKey">The token key.</param>
    /// <param name="cancellationToken">Cancels the notification.</param>
    /// <returns>A task that completes when the notification is sent.</returns>
    ValueTask PublishChangedAsync(string tokenKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls <paramref name="changed"/> when another instance changed a key's token: with the key's
    /// <see cref="Auth.SpotifyTokenKeys.FullHash"/> (a coordinator shares keys only in that form, as a key is user
    /// input), or with <see langword="null"/> when changes may have been missed (e.g. after a lost connection) and
    /// every key must be read again.
    /// </summary>
    /// <param name="changed">The callback; it must return quickly and not throw.</param>
    /// <returns>Disposing it ends the subscription.</returns>
    IDisposable Subscribe(Action<string?> changed);
}
