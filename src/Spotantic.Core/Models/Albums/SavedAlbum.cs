namespace Spotantic.Models;

/// <summary>
/// An album saved in the current user's library.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>SavedAlbumObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-albums">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SavedAlbum
{
    /// <summary>Gets the date and time (UTC) the album was saved.</summary>
    public DateTimeOffset AddedAt { get; init; }

    /// <summary>Gets the saved album.</summary>
    public Album Album { get; init => field = value ?? Album.Empty; } = Album.Empty;
}
