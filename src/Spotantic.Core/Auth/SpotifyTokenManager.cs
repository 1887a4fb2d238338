using Microsoft.Extensions.Logging;
using Spotantic.Configuration;
using Spotantic.Coordination;
using Spotantic.Exceptions;

namespace Spotantic.Auth;

/// <summary>
/// The token manager of one key. A single semaphore serializes loading, acquiring and refreshing, so a thousand
/// callers that find the token expired cause exactly one token request; the fast path (a valid token in memory)
/// takes no lock.
/// </summary>
internal sealed class SpotifyTokenManager : ISpotifyTokenManager, IDisposable
{
    private readonly SpotifyAccountsClient _accounts;
    private readonly ISpotifyTokenStore _store;
    private readonly SpotanticAuthOptions _auth;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly ISpotifyTokenCoordinator _coordinator;
    private volatile SpotifyToken? _current;

    // Whether _current is what the store holds: false until the first load, and again when another instance reports a
    // change (written outside the lock then). The fast path serves only a loaded token.
    private volatile bool _loaded;

    // Counts the changes other instances reported: a load that a change overtook must not mark the key loaded.
    private int _changesElsewhere;

    // A key is user input: logs and messages carry only its hash.
    private readonly string _hashedKey;

    private readonly string? _appName;

    public SpotifyTokenManager(string key, SpotifyAccountsClient accounts, ISpotifyTokenStore store, SpotanticOptions options, TimeProvider timeProvider, ILogger<SpotifyTokenManager> logger, string? appName = null, ISpotifyTokenCoordinator? coordinator = null)
    {
        Key = key;
        _appName = appName;
        _coordinator = coordinator ?? LocalSpotifyTokenCoordinator.Instance;
        _hashedKey = SpotifyTokenKeys.Hash(key);
        _accounts = accounts;
        _store = store;
        _auth = options.Auth;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public async ValueTask<SpotifyToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var token = _current;
        if (token is not null && _loaded && !token.IsExpired(_timeProvider.GetUtcNow(), _auth.RefreshMargin))
        {
            return token;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
            token = _current;
            if (token is not null && !token.IsExpired(_timeProvider.GetUtcNow(), _auth.RefreshMargin))
            {
                return token;
            }

            if (_accounts.Flow != SpotifyAuthFlow.ClientCredentials && !_auth.AllowLazyRefresh)
            {
                throw token is null
                    ? NoToken()
                    : new SpotifyAuthorizationRequiredException($"The Spotify token of token key '{_hashedKey}' has expired and Spotantic:Auth:AllowLazyRefresh is off: call ISpotifyTokenManager.RefreshAsync, or turn lazy refresh on.", Key, null) { AppName = _appName };
            }

            return await AcquireLockedAsync(token, refused: null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<SpotifyToken> RefreshAsync(SpotifyToken? rejectedToken = null, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
            var token = _current;
            if (rejectedToken is not null && token is not null && !string.Equals(token.AccessToken, rejectedToken.AccessToken, StringComparison.Ordinal))
            {
                return token;
            }

            return await AcquireLockedAsync(token, refused: rejectedToken ?? token, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async Task SetTokenAsync(SpotifyToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Under the lease when instances share the store, so that a refresh running elsewhere cannot write the old
            // session back over this one.
            var lease = await LeaseForChangeAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var changes = Volatile.Read(ref _changesElsewhere);
                await StoreLockedAsync(token).ConfigureAwait(false);
                MarkLoaded(changes);
            }
            finally
            {
                if (lease is not null)
                {
                    await lease.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Under the lease when instances share the store: a refresh running elsewhere finishes first, and cannot
            // write the token back after the sign-out.
            var lease = await LeaseForChangeAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Removed from the store first: if that fails, this instance still agrees with the others.
                await _store.RemoveAsync(Key, CancellationToken.None).ConfigureAwait(false);
                var changes = Volatile.Read(ref _changesElsewhere);
                _current = null;
                MarkLoaded(changes);
                await PublishChangedAsync().ConfigureAwait(false);
            }
            finally
            {
                if (lease is not null)
                {
                    await lease.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    /// <summary>
    /// Marks the token held in memory as possibly changed by another instance: the next call reads the store again.
    /// The token is kept only to serve calls while the store cannot be read, as long as it is valid.
    /// </summary>
    public void Invalidate()
    {
        // The count first, then the flag: a load that finishes in between sees the count and does not mark itself loaded.
        Interlocked.Increment(ref _changesElsewhere);
        _loaded = false;
        AuthLog.TokenChangedElsewhere(_logger, _hashedKey);
    }

    private SpotifyAuthorizationRequiredException NoToken() =>
        Key == SpotifyTokenKeys.Default
            ? new SpotifyAuthorizationRequiredException("No Spotify user token is available. Authorize the app first (ISpotifyAuthorizationService.AuthorizeAsync).", Key, null) { AppName = _appName }
            : new SpotifyAuthorizationRequiredException($"No Spotify token is stored for token key '{_hashedKey}'. Sign that user in (in ASP.NET Core: a challenge with the Spotify scheme), or hand in a token with ISpotifyTokenManagerProvider.GetManager(key).SetTokenAsync.", Key, null) { AppName = _appName };

    private async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        // A change reported while the store is read may be newer than what was read: read again (a few times at most;
        // a key changed that often is served what the last read found).
        for (var attempt = 0; !_loaded && attempt < 3; attempt++)
        {
            var changes = Volatile.Read(ref _changesElsewhere);
            SpotifyToken? stored;
            try
            {
                stored = await _store.GetAsync(Key, cancellationToken).ConfigureAwait(false);
            }
            catch (SpotifyTokenStoreException ex) when (_current is { } held && !held.IsExpired(_timeProvider.GetUtcNow(), TimeSpan.Zero))
            {
                // Another instance reported a change, but the store cannot be read now (e.g. it went away again): the
                // token held still works, and serving it beats failing the call. The next call reads again.
                AuthLog.StoreUnreadableTokenKept(_logger, _hashedKey, held.ExpiresAtTime, ex);
                return;
            }

            if (stored is not null)
            {
                AuthLog.TokenLoaded(_logger, _hashedKey, stored.ExpiresAtTime);
            }

            _current = stored;
            MarkLoaded(changes);
        }
    }

    // Marks the token in memory as the store's, unless another instance reported a change since the count was taken.
    private void MarkLoaded(int changesBefore)
    {
        _loaded = true;
        if (Volatile.Read(ref _changesElsewhere) != changesBefore)
        {
            _loaded = false;
        }
    }

    private async ValueTask<ISpotifyTokenLease?> LeaseForChangeAsync(CancellationToken cancellationToken) =>
        _coordinator.IsShared ? await _coordinator.AcquireLeaseAsync(Key, cancellationToken).ConfigureAwait(false) : null;

    /// <param name="current">The token in memory, if any.</param>
    /// <param name="refused">
    /// For a refresh asked for (e.g. after a 401), the token that must not be used again; <see langword="null"/> when
    /// the token is only due.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    private async Task<SpotifyToken> AcquireLockedAsync(SpotifyToken? current, SpotifyToken? refused, CancellationToken cancellationToken)
    {
        if (!_coordinator.IsShared)
        {
            return await RequestLockedAsync(current, cancellationToken).ConfigureAwait(false);
        }

        // One instance at a time refreshes a key: two sending one refresh token, which Spotify may rotate, would leave
        // one with invalid_grant and the user signed out.
        ISpotifyTokenLease lease;
        try
        {
            lease = await _coordinator.AcquireLeaseAsync(Key, cancellationToken).ConfigureAwait(false);
        }
        catch (SpotifyCoordinationException ex) when (refused is null && current is not null && !current.IsExpired(_timeProvider.GetUtcNow(), TimeSpan.Zero))
        {
            // Only the refresh margin is left: the token still works, so the call goes on with it, and no refresh token
            // is sent without the lease. The next call tries the lease again.
            AuthLog.RefreshPostponed(_logger, _hashedKey, current.ExpiresAtTime, ex);
            return current;
        }
        catch (SpotifyCoordinationException ex)
        {
            AuthLog.RefreshNotCoordinated(_logger, _hashedKey, ex);
            throw;
        }

        await using (lease.ConfigureAwait(false))
        {
            // The instance that held the lease before may have refreshed (or signed the user out) meanwhile; while this
            // one holds it, nobody changes the token.
            var changes = Volatile.Read(ref _changesElsewhere);
            var stored = await _store.GetAsync(Key, cancellationToken).ConfigureAwait(false);
            _current = stored;
            MarkLoaded(changes);
            if (stored is not null && !stored.IsExpired(_timeProvider.GetUtcNow(), _auth.RefreshMargin)
                && (refused is null || !string.Equals(stored.AccessToken, refused.AccessToken, StringComparison.Ordinal)))
            {
                return stored;
            }

            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Expiring);
            try
            {
                return await RequestLockedAsync(stored, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (lease.Expiring.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new SpotifyCoordinationException(
                    $"The refresh of the Spotify token of token key '{_hashedKey}' took longer than the lease the instances agree on allows, and was abandoned, so that it never overlaps another instance's refresh. The next call tries again.",
                    ex);
            }
        }
    }

    private async Task<SpotifyToken> RequestLockedAsync(SpotifyToken? current, CancellationToken cancellationToken)
    {
        SpotifyToken fresh;
        if (_accounts.Flow == SpotifyAuthFlow.ClientCredentials)
        {
            fresh = await _accounts.RequestClientCredentialsAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (current is null)
        {
            throw NoToken();
        }
        else if (current.RefreshToken is not { Length: > 0 } refreshToken)
        {
            throw new SpotifyAuthorizationRequiredException($"The Spotify token of token key '{_hashedKey}' has expired and has no refresh token. Sign the user in again.", Key, null) { AppName = _appName };
        }
        else
        {
            try
            {
                fresh = await _accounts.RefreshAsync(refreshToken, cancellationToken).ConfigureAwait(false);
            }
            catch (SpotifyTokenRequestException ex) when (ex.Error == "invalid_grant")
            {
                // The refresh token is dead (revoked, rotated away, or past its lifetime): never offer it again.
                AuthLog.RefreshTokenRejected(_logger, _hashedKey);
                _current = null;
                await _store.RemoveAsync(Key, CancellationToken.None).ConfigureAwait(false);
                await PublishChangedAsync().ConfigureAwait(false);
                throw new SpotifyAuthorizationRequiredException(
                    Key == SpotifyTokenKeys.Default
                        ? "Spotify refused the refresh token (invalid_grant): it was revoked or has expired. Authorize the app again."
                        : $"Spotify refused the refresh token of token key '{_hashedKey}' (invalid_grant): it was revoked or has expired. Sign that user in again.",
                    Key,
                    ex)
                {
                    AppName = _appName,
                };
            }

            // Spotify may omit refresh_token and scope on a refresh: the old ones stay valid.
            fresh = fresh with
            {
                RefreshToken = string.IsNullOrEmpty(fresh.RefreshToken) ? refreshToken : fresh.RefreshToken,
                Scope = fresh.Scope ?? current.Scope,
            };
        }

        // The token request completed: store it even if the caller cancels now, so no refresh is left half-done.
        try
        {
            await StoreLockedAsync(fresh).ConfigureAwait(false);
        }
        catch (SpotifyTokenStoreException ex)
        {
            // The new token is in memory (the next call uses it), but no other instance has it.
            AuthLog.RefreshNotStored(_logger, _hashedKey, ex);
            throw;
        }

        return fresh;
    }

    private async Task StoreLockedAsync(SpotifyToken token)
    {
        _current = token;
        await _store.SetAsync(Key, token, CancellationToken.None).ConfigureAwait(false);
        AuthLog.TokenStored(_logger, _hashedKey);
        await PublishChangedAsync().ConfigureAwait(false);
    }

    private async Task PublishChangedAsync()
    {
        if (!_coordinator.IsShared)
        {
            return;
        }

        try
        {
            await _coordinator.PublishChangedAsync(Key, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The store holds the change; the other instances read it when their token expires, instead of now.
            AuthLog.ChangeNotPublished(_logger, _hashedKey, ex);
        }
    }
}
