namespace Spotantic.Models;

/// <summary>
/// A show saved in the current user's library.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>SavedShowObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-shows">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SavedShow
{
    /// <summary>Gets the date and time (UTC) the show was saved.</summary>
    public DateTimeOffset AddedAt { get; init; }

    /// <summary>Gets the saved show.</summary>
    public SimplifiedShow Show { get; init => field = value ?? SimplifiedShow.Empty; } = SimplifiedShow.Empty;
}
