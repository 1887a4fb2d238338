namespace Spotantic.Models;

/// <summary>
/// A track the user played recently, with when and from where.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>PlayHistoryObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-recently-played">the Spotify Web API reference</see>.
/// </remarks>
public sealed record PlayHistory
{
    /// <summary>Gets the track the user listened to.</summary>
    public Track Track { get; init => field = value ?? Track.Empty; } = Track.Empty;

    /// <summary>Gets the date and time (UTC) the track was played.</summary>
    public DateTimeOffset PlayedAt { get; init; }

    /// <summary>Gets the context the track was played from, or <see langword="null"/> when there is none.</summary>
    public Context? Context { get; init; }
}
