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

    /// <summary>Endpoints cut for new apps in November 2024.</summary>
    public const string November2024 = "Removed for new and development-mode apps in November 2024; still available to apps with extended quota that used it before.";

    /// <summary>The /tracks playlist endpoints renamed to /items in February 2026.</summary>
    public const string PlaylistTracks = "Renamed to /playlists/{id}/items in February 2026 and removed for development-mode apps; use the items operations instead.";

    /// <summary>Other users' profiles and playlists, removed for development-mode apps in February 2026.</summary>
    public const string OtherUsers = "Removed for development-mode apps in February 2026; still available with extended quota.";

    /// <summary>Playlist creation for a user ID, replaced by POST /me/playlists in February 2026.</summary>
    public const string CreatePlaylistForUser = "Removed for development-mode apps in February 2026; use CreatePlaylistAsync (POST /me/playlists) instead.";

    /// <summary>Follow endpoints replaced by /me/library in February 2026.</summary>
    public const string Follow = "Removed for development-mode apps in February 2026; still available with extended quota. Use the Library client (PUT/DELETE /me/library, GET /me/library/contains) instead.";

    /// <summary>The markets list, removed for development-mode apps in February 2026.</summary>
    public const string Markets = "Removed for development-mode apps in February 2026; still available with extended quota.";

    /// <summary>An artist's top tracks, removed for development-mode apps in February 2026.</summary>
    public const string ArtistTopTracks = "Removed for development-mode apps in February 2026; still available with extended quota.";
}
