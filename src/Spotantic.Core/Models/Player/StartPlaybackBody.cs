namespace Spotantic.Models;

/// <summary>
/// The request body of starting or resuming playback.
/// </summary>
/// <remarks>
/// Used by <c>start-a-users-playback</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/start-a-users-playback">the Spotify Web API reference</see>.
/// Set <see cref="ContextUri"/> (an album, artist or playlist) or <see cref="Uris"/> (tracks), not both; an empty body resumes
/// playback. Properties left <see langword="null"/> are omitted.
/// </remarks>
public sealed record StartPlaybackBody
{
    /// <summary>Gets the Spotify URI of the context to play: an album, artist or playlist.</summary>
    public string? ContextUri { get; init; }

    /// <summary>Gets the Spotify URIs of the tracks to play.</summary>
    public IReadOnlyList<string>? Uris { get; init; }

    /// <summary>Gets where in the context playback starts; only valid when <see cref="ContextUri"/> is an album or playlist.</summary>
    public PlaybackOffset? Offset { get; init; }

    /// <summary>Gets the position, in milliseconds, to start playback from; beyond the item's length the next item plays.</summary>
    public int? PositionMs { get; init; }
}
