namespace Spotantic.Models;

/// <summary>
/// The playback actions available in the current context, to update a user interface accordingly.
/// </summary>
/// <remarks>
/// The specification places the flags of <c>DisallowsObject</c> directly in <c>actions</c>, while Spotify sends them nested
/// as <c>actions.disallows</c>; both shapes are read, so check <see cref="Disallows"/> first and fall back to the flags here.
/// A flag set to <see langword="true"/> means the action is not allowed.
/// </remarks>
public sealed record PlaybackActions
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static PlaybackActions Empty { get; } = new();

    /// <summary>Gets the actions that are not allowed, as Spotify sends them (<c>actions.disallows</c>), or <see langword="null"/> when absent.</summary>
    public Disallows? Disallows { get; init; }

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
