using System.Collections.Concurrent;

namespace Spotantic.AspNetCore;

/// <summary>The names of the Spotify authentication schemes registered with <c>AddSpotify</c>.</summary>
internal sealed class SpotifySchemeNames
{
    private readonly ConcurrentDictionary<string, bool> _names = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _names.Keys;

    public void Add(string scheme) => _names.TryAdd(scheme, true);
}
