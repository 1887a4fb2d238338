namespace Spotantic.Auth;

/// <summary>Well-known token keys.</summary>
public static class SpotifyTokenKeys
{
    /// <summary>The key of the app's single token (the configured user, or the client-credentials token).</summary>
    public const string Default = "default";
}
