using System.Collections.Frozen;

namespace Spotantic.Http;

/// <summary>The OAuth scopes the Spotify Web API defines.</summary>
public static class SpotifyScopes
{
    /// <summary>Remote control of playback on Spotify apps.</summary>
    public const string AppRemoteControl = "app-remote-control";

    /// <summary>Playback of Spotify content in the Web Playback SDK.</summary>
    public const string Streaming = "streaming";

    /// <summary>Upload of custom playlist cover images.</summary>
    public const string UgcImageUpload = "ugc-image-upload";

    /// <summary>Read access to the user's private playlists.</summary>
    public const string PlaylistReadPrivate = "playlist-read-private";

    /// <summary>Inclusion of collaborative playlists when listing the user's playlists.</summary>
    public const string PlaylistReadCollaborative = "playlist-read-collaborative";

    /// <summary>Write access to the user's public playlists.</summary>
    public const string PlaylistModifyPublic = "playlist-modify-public";

    /// <summary>Write access to the user's private playlists.</summary>
    public const string PlaylistModifyPrivate = "playlist-modify-private";

    /// <summary>Read access to the user's library.</summary>
    public const string UserLibraryRead = "user-library-read";

    /// <summary>Write access to the user's library.</summary>
    public const string UserLibraryModify = "user-library-modify";

    /// <summary>Read access to the user's subscription details.</summary>
    public const string UserReadPrivate = "user-read-private";

    /// <summary>Read access to the user's email address.</summary>
    public const string UserReadEmail = "user-read-email";

    /// <summary>Read access to the artists and users the user follows.</summary>
    public const string UserFollowRead = "user-follow-read";

    /// <summary>Write access to the artists and users the user follows.</summary>
    public const string UserFollowModify = "user-follow-modify";

    /// <summary>Read access to the user's top artists and tracks.</summary>
    public const string UserTopRead = "user-top-read";

    /// <summary>Read access to the user's playback position in content.</summary>
    public const string UserReadPlaybackPosition = "user-read-playback-position";

    /// <summary>Read access to the user's player state.</summary>
    public const string UserReadPlaybackState = "user-read-playback-state";

    /// <summary>Read access to the user's recently played tracks.</summary>
    public const string UserReadRecentlyPlayed = "user-read-recently-played";

    /// <summary>Read access to the user's currently playing content.</summary>
    public const string UserReadCurrentlyPlaying = "user-read-currently-playing";

    /// <summary>Write access to the user's playback state.</summary>
    public const string UserModifyPlaybackState = "user-modify-playback-state";

    /// <summary>Every scope the Web API defines.</summary>
    public static FrozenSet<string> All { get; } = FrozenSet.ToFrozenSet(
    [
        AppRemoteControl, Streaming, UgcImageUpload, PlaylistReadPrivate, PlaylistReadCollaborative,
        PlaylistModifyPublic, PlaylistModifyPrivate, UserLibraryRead, UserLibraryModify, UserReadPrivate,
        UserReadEmail, UserFollowRead, UserFollowModify, UserTopRead, UserReadPlaybackPosition,
        UserReadPlaybackState, UserReadRecentlyPlayed, UserReadCurrentlyPlaying, UserModifyPlaybackState,
    ], StringComparer.Ordinal);

    /// <summary>Splits a space-separated scope string (as OAuth writes it) into a set.</summary>
    /// <param name="scope">The scope string; <see langword="null"/> or blank gives an empty set.</param>
    /// <returns>The scopes.</returns>
    public static FrozenSet<string> Parse(string? scope) =>
        string.IsNullOrWhiteSpace(scope)
            ? FrozenSet<string>.Empty
            : scope.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.Ordinal);
}
