namespace Spotantic.Models;

/// <summary>
/// An audiobook saved in the current user's library.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>SavedAudiobookObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-audiobooks">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SavedAudiobook
{
    /// <summary>Gets the date and time (UTC) the audiobook was saved.</summary>
    public DateTimeOffset AddedAt { get; init; }

    /// <summary>Gets the saved audiobook.</summary>
    public Audiobook Audiobook { get; init => field = value ?? Audiobook.Empty; } = Audiobook.Empty;
}
