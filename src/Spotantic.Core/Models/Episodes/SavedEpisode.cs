namespace Spotantic.Models;

/// <summary>
/// An episode saved in the current user's library.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>SavedEpisodeObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-episodes">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SavedEpisode
{
    /// <summary>Gets the date and time (UTC) the episode was saved.</summary>
    public DateTimeOffset AddedAt { get; init; }

    /// <summary>Gets the saved episode.</summary>
    public Episode Episode { get; init => field = value ?? Episode.Empty; } = Episode.Empty;
}
