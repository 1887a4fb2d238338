using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>
/// The URI rules of <c>/me/library</c>: which URI types it takes, how each is checked, and which scope each type needs.
/// </summary>
internal static class LibraryUris
{
    /// <summary>The URI types <c>/me/library</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Types = ["track", "album", "episode", "show", "audiobook", "artist", "user", "playlist"];

    // One instance per rule, so that ScopeRequirement.All can drop repeats of the same rule.
    private static readonly ScopeRequirement LibraryModify = ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify);
    private static readonly ScopeRequirement LibraryRead = ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead);
    private static readonly ScopeRequirement FollowModify = ScopeRequirement.AllOf(SpotifyScopes.UserFollowModify);
    private static readonly ScopeRequirement FollowRead = ScopeRequirement.AllOf(SpotifyScopes.UserFollowRead);
    private static readonly ScopeRequirement PlaylistModify = ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate);
    private static readonly ScopeRequirement PlaylistRead = ScopeRequirement.AllOf(SpotifyScopes.PlaylistReadPrivate);

    /// <summary>The operation-level rule of save and remove: at least one of the scopes some URI type needs.</summary>
    public static ScopeRequirement AnyModify { get; } = ScopeRequirement.AnyOf(SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify, SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate);

    /// <summary>The operation-level rule of contains: at least one of the scopes some URI type needs.</summary>
    public static ScopeRequirement AnyRead { get; } = ScopeRequirement.AnyOf(SpotifyScopes.UserLibraryRead, SpotifyScopes.UserFollowRead, SpotifyScopes.PlaylistReadPrivate);

    /// <summary>
    /// Throws unless there is at least one URI and each is <c>spotify:{type}:{id}</c> with a type of
    /// <see cref="Types"/>: a 22-character base-62 ID, or a user ID for <c>spotify:user:</c>.
    /// </summary>
    /// <param name="uris">The URIs.</param>
    /// <param name="paramName">The parameter name to report.</param>
    public static void Validate(IReadOnlyList<string>? uris, string paramName)
    {
        if (uris is null)
        {
            throw new ArgumentNullException(paramName, $"'{paramName}' is required: at least one Spotify URI such as spotify:track:6rqhFgbbKwnb9MLmUQDhG6.");
        }

        if (uris.Count == 0)
        {
            throw new ArgumentOutOfRangeException(paramName, 0, $"'{paramName}' needs at least one Spotify URI.");
        }

        for (var i = 0; i < uris.Count; i++)
        {
            if (TypeOf(uris[i]) is null)
            {
                throw new ArgumentException(
                    $"'{paramName}[{i}]' must be a Spotify URI spotify:{{type}}:{{id}} with a type of {string.Join(", ", Types)}; got {Describe(uris[i])}.",
                    paramName);
            }
        }
    }

    /// <summary>The URI's type when it is a valid library URI, otherwise <see langword="null"/>.</summary>
    /// <param name="uri">The URI.</param>
    /// <returns>The type, e.g. <c>track</c>.</returns>
    public static string? TypeOf(string? uri)
    {
        if (uri is null || !uri.StartsWith("spotify:", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = uri.AsSpan("spotify:".Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var type = rest[..colon].ToString();
        var id = rest[(colon + 1)..].ToString();
        if (!Types.Contains(type, StringComparer.Ordinal))
        {
            return null;
        }

        var valid = type == "user" ? UsersArguments.IsUserId(id) && !id.Contains(':', StringComparison.Ordinal) : IsBase62Id(id);
        return valid ? type : null;
    }

    /// <summary>
    /// The scopes a list of URIs needs: every type's own rule, all of them together. Invalid URIs are skipped
    /// (validation refuses them before the rule is read).
    /// </summary>
    /// <param name="uris">The URIs.</param>
    /// <param name="modify"><see langword="true"/> for save and remove, <see langword="false"/> for contains.</param>
    /// <returns>The combined rule.</returns>
    public static ScopeRequirement ScopesFor(IReadOnlyList<string>? uris, bool modify)
    {
        if (uris is null)
        {
            return modify ? AnyModify : AnyRead;
        }

        return ScopeRequirement.All(uris.Select(TypeOf).OfType<string>().Distinct(StringComparer.Ordinal).Select(type => ScopeFor(type, modify)));
    }

    /// <summary>The rule one URI type needs.</summary>
    /// <param name="type">The URI type, e.g. <c>artist</c>.</param>
    /// <param name="modify"><see langword="true"/> for save and remove, <see langword="false"/> for contains.</param>
    /// <returns>The rule.</returns>
    public static ScopeRequirement ScopeFor(string type, bool modify) => type switch
    {
        "artist" or "user" => modify ? FollowModify : FollowRead,
        "playlist" => modify ? PlaylistModify : PlaylistRead,
        _ => modify ? LibraryModify : LibraryRead,
    };

    private static bool IsBase62Id(string id) => id.Length == 22 && id.All(char.IsAsciiLetterOrDigit);

    private static string Describe(string? value) =>
        value is null ? "null" : value.Length > 60 ? $"'{value[..60]}…' ({value.Length} characters)" : $"'{value}'";
}
