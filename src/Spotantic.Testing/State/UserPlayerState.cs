namespace Spotantic.Testing.State;

/// <summary>
/// A user's playback: devices, what plays, the queue and the play history. All access goes through <see cref="Gate"/>.
/// </summary>
internal sealed class UserPlayerState
{
    public object Gate { get; } = new();

    public List<PlayerDevice> Devices { get; } = [];

    /// <summary>The URI of the current track or episode; null when nothing plays (then <c>GET /me/player</c> is 204).</summary>
    public string? CurrentItemUri { get; set; }

    /// <summary>The URI of the context (album, playlist, artist, show) the current item plays from.</summary>
    public string? ContextUri { get; set; }

    public bool IsPlaying { get; set; }

    public long ProgressMs { get; set; }

    public bool ShuffleState { get; set; }

    /// <summary><c>off</c>, <c>track</c> or <c>context</c>.</summary>
    public string RepeatState { get; set; } = "off";

    public List<string> QueueUris { get; } = [];

    /// <summary>The items of the context (or the <c>uris</c> list) playback started from, in order.</summary>
    public List<string> PlayingUris { get; } = [];

    /// <summary>The index in <see cref="PlayingUris"/> of the last context item played (queued items do not move it).</summary>
    public int PlayingIndex { get; set; }

    /// <summary>When the state last changed; <see cref="ProgressMs"/> is the progress at that time.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Newest first.</summary>
    public List<PlayHistoryEntry> RecentlyPlayed { get; } = [];

    /// <summary>
    /// The progress at <paramref name="now"/>: <see cref="ProgressMs"/> plus the time played since <see cref="ChangedAt"/>,
    /// capped at the item's end. Call under <see cref="Gate"/>.
    /// </summary>
    public long CurrentProgress(EmulatorCatalog catalog, DateTimeOffset now)
    {
        if (CurrentItemUri is null || !IsPlaying)
        {
            return ProgressMs;
        }

        // State set without a change time (e.g. seeded directly) counts as changed just now.
        var elapsed = ChangedAt == default ? 0 : Math.Max(0, (long)(now - ChangedAt).TotalMilliseconds);
        return Math.Min(ProgressMs + elapsed, catalog.DurationMs(CurrentItemUri));
    }
}

internal sealed class PlayerDevice
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    public bool IsActive { get; set; }

    public bool IsPrivateSession { get; set; }

    public bool IsRestricted { get; set; }

    public int? VolumePercent { get; set; }

    public bool SupportsVolume { get; set; } = true;
}

internal readonly record struct PlayHistoryEntry(string TrackId, DateTimeOffset PlayedAt, string? ContextUri);
