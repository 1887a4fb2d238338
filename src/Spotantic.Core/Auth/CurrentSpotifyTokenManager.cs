namespace Spotantic.Auth;

/// <summary>
/// The <see cref="ISpotifyTokenManager"/> that the container injects: it acts for the current key
/// (<see cref="ISpotifyTokenKeyAccessor"/>) at the time of each call.
/// </summary>
internal sealed class CurrentSpotifyTokenManager(ISpotifyTokenManagerProvider provider, ISpotifyTokenKeyAccessor accessor) : ISpotifyTokenManager
{
    /// <inheritdoc />
    public string Key => accessor.TokenKey;

    /// <inheritdoc />
    public ValueTask<SpotifyToken> GetTokenAsync(CancellationToken cancellationToken = default) =>
        provider.GetManager(accessor.TokenKey).GetTokenAsync(cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyToken> RefreshAsync(SpotifyToken? rejectedToken = null, CancellationToken cancellationToken = default) =>
        provider.GetManager(accessor.TokenKey).RefreshAsync(rejectedToken, cancellationToken);

    /// <inheritdoc />
    public Task SetTokenAsync(SpotifyToken token, CancellationToken cancellationToken = default) =>
        provider.GetManager(accessor.TokenKey).SetTokenAsync(token, cancellationToken);

    /// <inheritdoc />
    public Task ClearAsync(CancellationToken cancellationToken = default) =>
        provider.GetManager(accessor.TokenKey).ClearAsync(cancellationToken);
}
