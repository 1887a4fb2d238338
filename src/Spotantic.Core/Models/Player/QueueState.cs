namespace Spotantic.Models;

/// <summary>
/// The state of the user's queue: the item playing now and the items that follow.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>QueueObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-queue">the Spotify Web API reference</see>.
/// Items read as <see cref="Track"/> or <see cref="Episode"/> according to their <c>type</c> (see <see cref="PlayableItem"/>).
/// </remarks>
public sealed record QueueState
{
    /// <summary>Gets the playing track or episode, or <see langword="null"/> when nothing is playing.</summary>
    public PlayableItem? CurrentlyPlaying { get; init; }

    /// <summary>Gets the tracks or episodes in the queue; empty when the queue is.</summary>
    public IReadOnlyList<PlayableItem> Queue { get; init => field = value ?? []; } = [];
}
