namespace Spotantic.Models;

/// <summary>
/// The playback actions available in the current context, to update a user interface accordingly.
/// </summary>
/// <remarks>
/// <para>
/// The specification places the flags of <c>DisallowsObject</c> directly in <c>actions</c>, while Spotify sends them nested
/// as <c>actions.disallows</c>, with only the disallowed actions (<c>{"disallows":{"resuming":true}}</c>). Either shape (or
/// both at once) fills both the flags here and <see cref="Disallows"/>, so read whichever you prefer: <c>Actions.Resuming</c>
/// and <c>Actions.Disallows?.Resuming</c> always agree, and the same actions read from either shape are equal.
/// </para>
/// <para>
/// A flag set to <see langword="true"/> means the action is not allowed; <see langword="null"/> means Spotify left it out,
/// which means it is allowed. In an initializer or a <see langword="with"/> expression, setting <see cref="Disallows"/> replaces
/// the flags set before it, setting a flag changes that flag, and setting a flag to <see langword="null"/> leaves it as it was
/// (set it to <see langword="false"/> to allow the action).
/// </para>
/// </remarks>
public sealed record PlaybackActions
{
    // The one store behind every property: the flags of either shape, merged. Deserialization sets every property in
    // declaration order, so Disallows (the nested shape) must stay first: it sets the store, then each flag present directly
    // in "actions" (the flat shape) is added to it, and an absent one (null) leaves it as it was.
    private Disallows? _disallows;

    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static PlaybackActions Empty { get; } = new();

    /// <summary>
    /// Gets the actions that are not allowed, from <c>actions.disallows</c> as Spotify sends them or from the flags placed
    /// directly in <c>actions</c>, or <see langword="null"/> when Spotify sent neither.
    /// </summary>
    public Disallows? Disallows
    {
        get => _disallows;
        init => _disallows = value;
    }

    /// <summary>Gets whether interrupting playback is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? InterruptingPlayback
    {
        get => _disallows?.InterruptingPlayback;
        init => _disallows = value is null ? _disallows : (_disallows ?? new Disallows()) with { InterruptingPlayback = value };
    }

    /// <summary>Gets whether pausing is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? Pausing
    {
        get => _disallows?.Pausing;
        init => _disallows = value is null ? _disallows : (_disallows ?? new Disallows()) with { Pausing = value };
    }

    /// <summary>Gets whether resuming is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? Resuming
    {
        get => _disallows?.Resuming;
        init => _disallows = value is null ? _disallows : (_disallows ?? new Disallows()) with { Resuming = value };
    }

    /// <summary>Gets whether seeking to a position is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? Seeking
    {
        get => _disallows?.Seeking;
        init => _disallows = value is null ? _disallows : (_disallows ?? new Disallows()) with { Seeking = value };
    }

    /// <summary>Gets whether skipping to the next item is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? SkippingNext
    {
        get => _disallows?.SkippingNext;
        init => _disallows = value is null ? _disallows : (_disallows ?? new Disallows()) with { SkippingNext = value };
    }

    /// <summary>Gets whether skipping to the previous item is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? SkippingPrev
    {
        get => _disallows?.SkippingPrev;
        init => _disallows = value is null ? _disallows : (_disallows ?? new Disallows()) with { SkippingPrev = value };
    }

    /// <summary>Gets whether toggling repeat of the context is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? TogglingRepeatContext
    {
        get => _disallows?.TogglingRepeatContext;
        init => _disallows = value is null ? _disallows : (_disallows ?? new Disallows()) with { TogglingRepeatContext = value };
    }

    /// <summary>Gets whether toggling shuffle is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? TogglingShuffle
    {
        get => _disallows?.TogglingShuffle;
        init => _disallows = value is null ? _disallows : (_disallows ?? new Disallows()) with { TogglingShuffle = value };
    }

    /// <summary>Gets whether toggling repeat of the track is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? TogglingRepeatTrack
    {
        get => _disallows?.TogglingRepeatTrack;
        init => _disallows = value is null ? _disallows : (_disallows ?? new Disallows()) with { TogglingRepeatTrack = value };
    }

    /// <summary>Gets whether transferring playback to another device is disallowed; <see langword="null"/> when Spotify omits the flag, which means it is allowed.</summary>
    public bool? TransferringPlayback
    {
        get => _disallows?.TransferringPlayback;
        init => _disallows = value is null ? _disallows : (_disallows ?? new Disallows()) with { TransferringPlayback = value };
    }
}
