namespace Spotantic.Http;

/// <summary>
/// Remembers, for one client ID, until when Spotify asked it to stop calling. Shared by every typed client of the
/// app so that one long <c>Retry-After</c> stops all of them instead of each hitting Spotify again.
/// </summary>
internal sealed class SpotifyRateLimitGate
{
    private long _blockedUntilTicks;

    /// <summary>The client ID the gate belongs to.</summary>
    public required string ClientId { get; init; }

    /// <summary>Returns how long calls must still wait, or <see langword="null"/> when the gate is open.</summary>
    public TimeSpan? Remaining(DateTimeOffset now)
    {
        var until = Interlocked.Read(ref _blockedUntilTicks);
        return until > now.UtcTicks ? TimeSpan.FromTicks(until - now.UtcTicks) : null;
    }

    /// <summary>Where a cooldown this instance learns of is reported to the other instances, if anywhere.</summary>
    public Coordination.ISpotifyRateLimitCoordinator? Coordinator { get; init; }

    /// <summary>Closes the gate until <paramref name="until"/> after Spotify's 429, and tells the other instances.</summary>
    public void Block(DateTimeOffset until)
    {
        if (BlockUntil(until))
        {
            Coordinator?.PublishBlocked(ClientId, until);
        }
    }

    /// <summary>Closes the gate until <paramref name="until"/> (never shortens an existing block).</summary>
    /// <returns>Whether the block was extended.</returns>
    public bool BlockUntil(DateTimeOffset until)
    {
        var ticks = until.UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _blockedUntilTicks);
            if (current >= ticks)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref _blockedUntilTicks, ticks, current) != current);
        return true;
    }
}
