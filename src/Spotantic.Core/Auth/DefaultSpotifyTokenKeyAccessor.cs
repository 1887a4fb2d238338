namespace Spotantic.Auth;

/// <summary>Acts for <see cref="SpotifyTokenKeys.Default"/> always: the single-user app.</summary>
internal sealed class DefaultSpotifyTokenKeyAccessor : ISpotifyTokenKeyAccessor
{
    public static DefaultSpotifyTokenKeyAccessor Instance { get; } = new();

    /// <inheritdoc />
    public string TokenKey => SpotifyTokenKeys.Default;
}
