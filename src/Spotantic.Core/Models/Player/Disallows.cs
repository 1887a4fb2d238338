namespace Spotantic.Models;

/// <summary>
/// Playback actions that are not available in the current context.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>DisallowsObject</c>. A flag set to <see langword="true"/> means the action is not allowed;
/// Spotify omits the actions that are allowed, so <see langword="null"/> means allowed. <see cref="PlaybackActions"/> carries the
/// same flags, whichever shape Spotify sent them in.
/// </remarks>
public sealed record Disallows
{
    /// <summary>Gets whether interrupting playback is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? InterruptingPlayback { get; init; }

    /// <summary>Gets whether pausing is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? Pausing { get; init; }

    /// <summary>Gets whether resuming is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? Resuming { get; init; }

    /// <summary>Gets whether seeking to a position is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? Seeking { get; init; }

    /// <summary>Gets whether skipping to the next item is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? SkippingNext { get; init; }

    /// <summary>Gets whether skipping to the previous item is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? SkippingPrev { get; init; }

    /// <summary>Gets whether toggling repeat of the context is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? TogglingRepeatContext { get; init; }

    /// <summary>Gets whether toggling shuffle is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? TogglingShuffle { get; init; }

    /// <summary>Gets whether toggling repeat of the track is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? TogglingRepeatTrack { get; init; }

    /// <summary>Gets whether transferring playback to another device is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? TransferringPlayback { get; init; }
}
