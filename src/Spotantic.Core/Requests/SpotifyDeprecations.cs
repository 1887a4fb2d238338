namespace Spotantic.Requests;

/// <summary>The reasons given in <see cref="ObsoleteAttribute"/> on deprecated operations.</summary>
public static class SpotifyDeprecations
{
    /// <summary>Multi-ID catalog lookups removed for development-mode apps in February 2026.</summary>
    public const string MultiGet = "Removed for development-mode apps in February 2026; still available with extended quota. Fetch items one by one instead.";

    /// <summary>Per-type library endpoints replaced by /me/library in February 2026.</summary>
    public const string PerTypeLibrary = "Removed for development-mode apps in February 2026; still available with extended quota. Use the Library client (PUT/DELETE /me/library, GET /me/library/contains) instead.";

    /// <summary>Browse endpoints removed for development-mode apps in February 2026.</summary>
    public const string Browse = "Removed for development-mode apps in February 2026; still available with extended quota.";
}
