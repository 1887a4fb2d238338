namespace Spotantic.Auth;

/// <summary>
/// Keeps tokens between calls and between runs. Keys name whose token it is; single-user apps use
/// <see cref="SpotifyTokenKeys.Default"/>.
/// </summary>
public interface ISpotifyTokenStore
{
    /// <summary>Reads the token stored under <paramref name="key"/>.</summary>
    /// <param name="key">The token key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The token, or <see langword="null"/> when none is stored.</returns>
    ValueTask<SpotifyToken?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="token"/> under <paramref name="key"/>, replacing any earlier one.</summary>
    /// <param name="key">The token key.</param>
    /// <param name="token">The token.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the token is stored.</returns>
    ValueTask SetAsync(string key, SpotifyToken token, CancellationToken cancellationToken = default);

    /// <summary>Forgets the token stored under <paramref name="key"/>, if any.</summary>
    /// <param name="key">The token key.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the token is gone.</returns>
    ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default);
}
