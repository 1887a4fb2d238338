namespace Spotantic.Models;

/// <summary>
/// The response of a request for several artists by ID.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-artists">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SeveralArtists
{
    /// <summary>
    /// Gets the artists, in the order requested; an entry is <see langword="null"/> when the corresponding ID was not
    /// found or is unavailable.
    /// </summary>
    public IReadOnlyList<Artist?> Artists { get; init => field = value ?? []; } = [];
}
