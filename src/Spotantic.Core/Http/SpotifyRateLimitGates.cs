using System.Collections.Concurrent;
using Spotantic.Coordination;

namespace Spotantic.Http;

/// <summary>
/// The rate-limit gate of each client ID. Spotify counts calls per app, so every registration of one client ID in a
/// container shares one gate, and two apps never block each other. With an <see cref="ISpotifyRateLimitCoordinator"/>,
/// the instances of a deployment share each gate too.
/// </summary>
internal sealed class SpotifyRateLimitGates : IDisposable
{
    private readonly ConcurrentDictionary<string, SpotifyRateLimitGate> _gates = new(StringComparer.Ordinal);
    private readonly ISpotifyRateLimitCoordinator? _coordinator;
    private readonly IDisposable? _subscription;

    public SpotifyRateLimitGates(ISpotifyRateLimitCoordinator? coordinator = null)
    {
        _coordinator = coordinator;

        // A cooldown reported elsewhere closes this instance's gate without being reported back.
        _subscription = coordinator?.Subscribe((clientId, until) => For(clientId).BlockUntil(until));
    }

    /// <summary>Returns the gate of <paramref name="clientId"/>, creating it on first use.</summary>
    /// <param name="clientId">The app's client ID.</param>
    /// <returns>The gate.</returns>
    public SpotifyRateLimitGate For(string clientId) =>
        _gates.GetOrAdd(clientId, static (id, coordinator) => new SpotifyRateLimitGate { ClientId = id, Coordinator = coordinator }, _coordinator);

    /// <summary>The gates created so far, one per client ID (for health checks).</summary>
    public IReadOnlyCollection<SpotifyRateLimitGate> All => [.. _gates.Values];

    /// <inheritdoc />
    public void Dispose() => _subscription?.Dispose();
}
