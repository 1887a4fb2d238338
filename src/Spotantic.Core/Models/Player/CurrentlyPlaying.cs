namespace Spotantic.Models;

/// <summary>
/// The item the user is currently playing and its progress, without device, repeat or shuffle information.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>CurrentlyPlayingObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-the-users-currently-playing-track">the Spotify Web API reference</see>.
/// </remarks>
public sealed record CurrentlyPlaying
{
    /// <summary>Gets the context playback started from, or <see langword="null"/> when there is none (for example for a private session).</summary>
    public Context? Context { get; init; }

    /// <summary>
    /// Gets the Unix time, in milliseconds, at which the playback state last changed (play, pause, skip, seek, new item, ...);
    /// 0 when nothing is loaded (Spotify then sends no item, no context and <see cref="Models.CurrentlyPlayingType.Unknown"/>).
    /// </summary>
    public long Timestamp { get; init; }

    /// <summary>Gets the progress into the playing item in milliseconds, or <see langword="null"/> when Spotify sends none.</summary>
    public int? ProgressMs { get; init; }

    /// <summary>Gets whether something is playing.</summary>
    public bool IsPlaying { get; init; }

    /// <summary>
    /// Gets the playing <see cref="Models.Track"/> or <see cref="Episode"/>, or <see langword="null"/> when there is none (for example
    /// during an ad); see <see cref="PlayableItem"/>.
    /// </summary>
    public PlayableItem? Item { get; init; }

    /// <summary>Gets the kind of item that is playing, for example <see cref="Models.CurrentlyPlayingType.Episode"/>.</summary>
    public CurrentlyPlayingType CurrentlyPlayingType { get; init; }

    /// <summary>Gets the playback actions available in the current context.</summary>
    public PlaybackActions Actions { get; init => field = value ?? PlaybackActions.Empty; } = PlaybackActions.Empty;
}
