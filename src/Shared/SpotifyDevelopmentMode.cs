using System.Collections.Frozen;

namespace Spotantic;

/// <summary>
/// What Spotify withholds from apps in development mode (apps without extended quota): the operations it refuses and
/// how, and the fields it leaves out of objects. One table, compiled into both Spotantic.Core (to explain the refusal
/// in the exception it throws, and checked against its XML docs) and Spotantic.Testing (whose emulator answers as
/// Spotify does in each mode), so that the three never disagree.
/// </summary>
/// <remarks>
/// Sources: Spotify's blog of 27 November 2024 (new and development-mode apps lose related artists, recommendations and
/// their genre seeds, audio features and analysis, featured and category playlists) and the February 2026 migration
/// guide and changelog (development mode loses the several-by-ID reads, the per-type library and follow operations,
/// browse categories and new releases, the markets list, artist top tracks, other users' profiles and playlists, the
/// <c>/playlists/{id}/tracks</c> routes and <c>POST /users/{id}/playlists</c>, for new apps from 11 February 2026 and for
/// existing ones from 9 March 2026). The refusals are as reported from real calls: 403 with no message for audio
/// features and analysis, 404 for the other November 2024 removals, 403 <c>Forbidden</c> for the 2026 ones.
/// </remarks>
internal static class SpotifyDevelopmentMode
{
    /// <summary>The date of the November 2024 removals.</summary>
    public static readonly DateOnly November2024 = new(2024, 11, 27);

    /// <summary>The date the February 2026 removals applied to existing development-mode apps (new apps: 11 February 2026).</summary>
    public static readonly DateOnly March2026 = new(2026, 3, 9);

    /// <summary>The operations Spotify refuses to development-mode apps, by OpenAPI operation ID.</summary>
    public static readonly FrozenDictionary<string, DevelopmentModeRefusal> Refusals = Build();

    /// <summary>
    /// The fields Spotify leaves out for development-mode apps since February 2026, by object (the spec marks them
    /// deprecated): user <c>country</c>, <c>email</c>, <c>product</c>, <c>explicit_content</c>, <c>followers</c>; artist
    /// <c>followers</c>, <c>genres</c>, <c>popularity</c>; track and album <c>popularity</c>, <c>available_markets</c>,
    /// <c>linked_from</c>, album <c>label</c>; show and audiobook <c>publisher</c> and <c>available_markets</c>.
    /// </summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> WithheldFields = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["user"] = Set("country", "email", "product", "explicit_content", "followers"),
        ["artist"] = Set("followers", "genres", "popularity"),
        ["track"] = Set("popularity", "available_markets", "linked_from"),
        ["album"] = Set("popularity", "available_markets", "label"),
        ["show"] = Set("publisher", "available_markets"),
        ["audiobook"] = Set("publisher", "available_markets"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether Spotify withholds <paramref name="field"/> of a <paramref name="objectType"/> from development-mode apps.</summary>
    public static bool Withholds(string objectType, string field) =>
        WithheldFields.TryGetValue(objectType, out var fields) && fields.Contains(field);

    private static FrozenDictionary<string, DevelopmentModeRefusal> Build()
    {
        var refusals = new Dictionary<string, DevelopmentModeRefusal>(StringComparer.Ordinal);
        void Add(DateOnly since, int status, string? message, string advice, params string[] operationIds)
        {
            foreach (var id in operationIds)
            {
                refusals.Add(id, new DevelopmentModeRefusal(id, since, status, message, advice));
            }
        }

        const string NoReplacement = "There is no replacement; only apps with extended quota that used it before keep it.";
        Add(November2024, 403, null, NoReplacement, "get-audio-features", "get-several-audio-features", "get-audio-analysis");
        Add(November2024, 404, "Not Found", NoReplacement, "get-recommendations", "get-recommendation-genres", "get-an-artists-related-artists", "get-featured-playlists", "get-a-categories-playlists");

        const string ExtendedQuota = "Apps with extended quota keep it.";
        Add(March2026, 403, "Forbidden", "Fetch the items one by one (e.g. GetAlbumAsync) instead; apps with extended quota keep it.",
            "get-multiple-albums", "get-multiple-artists", "get-several-tracks", "get-multiple-shows", "get-multiple-episodes", "get-multiple-audiobooks", "get-several-chapters");
        Add(March2026, 403, "Forbidden", "Use the Library client (PUT and DELETE /me/library, GET /me/library/contains) instead; apps with extended quota keep it.",
            "save-albums-user", "remove-albums-user", "check-users-saved-albums", "save-tracks-user", "remove-tracks-user", "check-users-saved-tracks",
            "save-episodes-user", "remove-episodes-user", "check-users-saved-episodes", "save-shows-user", "remove-shows-user", "check-users-saved-shows",
            "save-audiobooks-user", "remove-audiobooks-user", "check-users-saved-audiobooks",
            "follow-artists-users", "unfollow-artists-users", "check-current-user-follows", "follow-playlist", "unfollow-playlist", "check-if-user-follows-playlist");
        Add(March2026, 403, "Forbidden", "Use the /playlists/{id}/items operations instead.",
            "get-playlists-tracks", "add-tracks-to-playlist", "reorder-or-replace-playlists-tracks", "remove-tracks-playlist");
        Add(March2026, 403, "Forbidden", "Use CreatePlaylistAsync (POST /me/playlists) instead.", "create-playlist-for-user");
        Add(March2026, 403, "Forbidden", ExtendedQuota,
            "get-categories", "get-a-category", "get-new-releases", "get-available-markets", "get-an-artists-top-tracks", "get-users-profile", "get-list-users-playlists");
        return refusals.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Set(params string[] fields) => fields.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>How Spotify refuses one operation to development-mode apps.</summary>
/// <param name="OperationId">The OpenAPI operation ID.</param>
/// <param name="Since">When the refusal began for existing development-mode apps.</param>
/// <param name="Status">The HTTP status Spotify answers with.</param>
/// <param name="Message">The <c>error.message</c> it sends, or <see langword="null"/> for none.</param>
/// <param name="Advice">What an app can do instead.</param>
internal sealed record DevelopmentModeRefusal(string OperationId, DateOnly Since, int Status, string? Message, string Advice);
