namespace Spotantic.Models;

/// <summary>
/// The response of a request for the artists the current user follows: a cursor page wrapped in <c>artists</c>.
/// </summary>
/// <remarks>
/// Spotify's <c>CursorPagedArtists</c> response. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-followed">the Spotify Web API reference</see>.
/// The <see cref="Cursor.After"/> cursor is the ID of the last artist of the page.
/// </remarks>
public sealed record FollowedArtists
{
    /// <summary>Gets the page of followed artists.</summary>
    public CursorPage<Artist> Artists { get; init => field = value ?? CursorPage<Artist>.Empty; } = CursorPage<Artist>.Empty;
}
