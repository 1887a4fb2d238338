namespace Spotantic.Models;

/// <summary>
/// The request body of saving tracks to the current user's library.
/// </summary>
/// <remarks>
/// Used by <c>save-tracks-user</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/save-tracks-user">the Spotify Web API reference</see>.
/// When <see cref="TimestampedIds"/> is present Spotify ignores <see cref="Ids"/>.
/// </remarks>
public sealed record SaveTracksBody
{
    /// <summary>Gets the Spotify IDs of the tracks to save, at most 50.</summary>
    public required IReadOnlyList<string> Ids { get; init; }

    /// <summary>Gets the tracks to save with the time each is recorded as added, at most 50; omitted when <see langword="null"/>.</summary>
    public IReadOnlyList<TimestampedId>? TimestampedIds { get; init; }
}
