namespace Spotantic.Auth;

/// <summary>
/// The manager handed out for one key: a handle that enters the key's live state for each call, so it stays valid
/// when the provider releases the key while idle.
/// </summary>
internal sealed class KeyedSpotifyTokenManager(SpotifyTokenManagerProvider provider, string key) : ISpotifyTokenManager
{
    /// <inheritdoc />
    public string Key => key;

    /// <inheritdoc />
    public async ValueTask<SpotifyToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        using var lease = provider.Acquire(key);
        return await lease.Manager.GetTokenAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SpotifyToken> RefreshAsync(SpotifyToken? rejectedToken = null, CancellationToken cancellationToken = default)
    {
        using var lease = provider.Acquire(key);
        return await lease.Manager.RefreshAsync(rejectedToken, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SetTokenAsync(SpotifyToken token, CancellationToken cancellationToken = default)
    {
        using var lease = provider.Acquire(key);
        await lease.Manager.SetTokenAsync(token, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        using var lease = provider.Acquire(key);
        await lease.Manager.ClearAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => $"SpotifyTokenManager {{ Key = {SpotifyTokenKeys.Hash(key)} }}";
}
