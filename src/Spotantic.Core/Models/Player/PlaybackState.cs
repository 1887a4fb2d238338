namespace Spotantic.Models;

/// <summary>
/// The user's playback state: the active device, repeat and shuffle modes, and the playing item and its progress.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>CurrentlyPlayingContextObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-information-about-the-users-current-playback">the Spotify Web API reference</see>.
/// Spotify answers <c>204 No Content</c> when playback is not available or active; with a device but nothing loaded it answers with a
/// state whose <see cref="Timestamp"/> is 0, <see cref="Context"/> and <see cref="Item"/> are <see langword="null"/> and
/// <see cref="CurrentlyPlayingType"/> is <see cref="Models.CurrentlyPlayingType.Unknown"/>.
/// </remarks>
public sealed record PlaybackState
{
    /// <summary>Gets the device that is currently active.</summary>
    public Device Device { get; init => field = value ?? Device.Empty; } = Device.Empty;

    /// <summary>Gets the repeat mode, for example <see cref="Models.RepeatState.Off"/>.</summary>
    public RepeatState RepeatState { get; init; }

    /// <summary>Gets whether shuffle is on.</summary>
    public bool ShuffleState { get; init; }

    /// <summary>
    /// Gets whether smart shuffle (shuffle with recommendations added) is on, or <see langword="null"/> when Spotify leaves
    /// the field out, as older responses do. Spotify's player endpoints send it although the specification does not list it.
    /// </summary>
    public bool? SmartShuffle { get; init; }

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
