using System.Collections.Concurrent;

namespace Spotantic.Http;

/// <summary>
/// The rate-limit gate of each client ID. Spotify counts calls per app, so every registration of one client ID in a
/// container shares one gate, and two apps never block each other.
/// </summary>
internal sealed class SpotifyRateLimitGates
{
    private readonly ConcurrentDictionary<string, SpotifyRateLimitGate> _gates = new(StringComparer.Ordinal);

    /// <summary>Returns the gate of <paramref name="clientId"/>, creating it on first use.</summary>
    /// <param name="clientId">The app's client ID.</param>
    /// <returns>The gate.</returns>
    public SpotifyRateLimitGate For(string clientId) =>
        _gates.GetOrAdd(clientId, static id => new SpotifyRateLimitGate { ClientId = id });
}
