using Spotantic.Auth;

namespace Spotantic.EndToEnd.Tests.MultiUser;

/// <summary>
/// The current token key of the calling flow, as a web request would give it (each request its own user), for tests
/// that use the injected clients for several users at once.
/// </summary>
public sealed class AsyncLocalTokenKeyAccessor : ISpotifyTokenKeyAccessor
{
    private readonly AsyncLocal<string?> _current = new();

    public string TokenKey => _current.Value ?? SpotifyTokenKeys.Default;

    /// <summary>Makes <paramref name="key"/> current for the rest of the calling flow (and the tasks it starts).</summary>
    public void Set(string key) => _current.Value = key;
}
