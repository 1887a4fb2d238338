namespace Spotantic.Coordination;

/// <summary>The right to refresh one token key's token, taken from an <see cref="ISpotifyTokenCoordinator"/>.</summary>
public interface ISpotifyTokenLease : IAsyncDisposable
{
    /// <summary>
    /// Cancelled shortly before the lease expires: a refresh still running then is abandoned rather than finished by
    /// an instance that no longer holds the lease, while another may already refresh with the same refresh token.
    /// </summary>
    CancellationToken Expiring { get; }
}
