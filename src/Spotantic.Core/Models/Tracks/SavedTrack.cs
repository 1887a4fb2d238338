namespace Spotantic.Models;

/// <summary>
/// A track saved in the current user's library.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>SavedTrackObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-tracks">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SavedTrack
{
    /// <summary>Gets the date and time (UTC) the track was saved.</summary>
    public DateTimeOffset AddedAt { get; init; }

    /// <summary>Gets the saved track.</summary>
    public Track Track { get; init => field = value ?? Track.Empty; } = Track.Empty;
}
