namespace Spotantic.Testing.Accounts;

/// <summary>The authorization scopes Spotify knows, as listed in the OpenAPI spec.</summary>
internal static class SpotifyScopes
{
    public const string AppRemoteControl = "app-remote-control";
    public const string Streaming = "streaming";
    public const string UgcImageUpload = "ugc-image-upload";
    public const string PlaylistReadPrivate = "playlist-read-private";
    public const string PlaylistReadCollaborative = "playlist-read-collaborative";
    public const string PlaylistModifyPublic = "playlist-modify-public";
    public const string PlaylistModifyPrivate = "playlist-modify-private";
    public const string UserLibraryRead = "user-library-read";
    public const string UserLibraryModify = "user-library-modify";
    public const string UserReadPrivate = "user-read-private";
    public const string UserReadEmail = "user-read-email";
    public const string UserFollowRead = "user-follow-read";
    public const string UserFollowModify = "user-follow-modify";
    public const string UserTopRead = "user-top-read";
    public const string UserReadPlaybackPosition = "user-read-playback-position";
    public const string UserReadPlaybackState = "user-read-playback-state";
    public const string UserReadRecentlyPlayed = "user-read-recently-played";
    public const string UserReadCurrentlyPlaying = "user-read-currently-playing";
    public const string UserModifyPlaybackState = "user-modify-playback-state";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        AppRemoteControl, Streaming, UgcImageUpload, PlaylistReadPrivate, PlaylistReadCollaborative, PlaylistModifyPublic,
        PlaylistModifyPrivate, UserLibraryRead, UserLibraryModify, UserReadPrivate, UserReadEmail, UserFollowRead,
        UserFollowModify, UserTopRead, UserReadPlaybackPosition, UserReadPlaybackState, UserReadRecentlyPlayed,
        UserReadCurrentlyPlaying, UserModifyPlaybackState,
    };

    /// <summary>Splits a space-separated scope parameter (Spotify also tolerates commas and repeated spaces).</summary>
    public static string[] Parse(string? scope) =>
        string.IsNullOrWhiteSpace(scope)
            ? []
            : scope.Split([' ', ',', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();
}
