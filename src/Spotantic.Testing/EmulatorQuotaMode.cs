namespace Spotantic.Testing;

/// <summary>
/// How much of the Web API Spotify serves an app: what a client tested on the emulator must expect in production.
/// </summary>
public enum EmulatorQuotaMode
{
    /// <summary>
    /// A new app, or any app without extended quota (the default, as for an app just registered): the operations
    /// Spotify removed for such apps in November 2024 and February/March 2026 answer as Spotify answers them (403 or
    /// 404, with its body), and objects leave out the fields it withholds (popularity, followers, available markets,
    /// the current user's country, email and product, and the like).
    /// </summary>
    Development,

    /// <summary>An app with extended quota: every operation is served, with every field.</summary>
    Extended,
}
