namespace Spotantic.Models;

/// <summary>
/// The response of a request for new album releases featured in Spotify.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-new-releases">the Spotify Web API reference</see>.
/// </remarks>
public sealed record NewReleases
{
    /// <summary>Gets the page of newly released albums.</summary>
    public Page<SimplifiedAlbum> Albums { get; init => field = value ?? Page<SimplifiedAlbum>.Empty; } = Page<SimplifiedAlbum>.Empty;
}
