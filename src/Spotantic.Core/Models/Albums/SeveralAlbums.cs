namespace Spotantic.Models;

/// <summary>
/// The response of a request for several albums by ID.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-albums">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SeveralAlbums
{
    /// <summary>
    /// Gets the albums, in the order requested; an entry is <see langword="null"/> when the corresponding ID was not
    /// found or is unavailable.
    /// </summary>
    public IReadOnlyList<Album?> Albums { get; init => field = value ?? []; } = [];
}
