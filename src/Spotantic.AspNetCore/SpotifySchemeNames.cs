namespace Spotantic.AspNetCore;

/// <summary>
/// The names of the Spotify authentication schemes registered with <c>AddSpotify</c>, in registration order. Written
/// only while services are added, read afterwards.
/// </summary>
internal sealed class SpotifySchemeNames
{
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public void Add(string scheme)
    {
        if (!_names.Contains(scheme, StringComparer.Ordinal))
        {
            _names.Add(scheme);
        }
    }
}
