namespace Spotantic.Models;

/// <summary>
/// The response of a request for several tracks by ID.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-several-tracks">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SeveralTracks
{
    /// <summary>
    /// Gets the tracks, in the order requested; an entry is <see langword="null"/> when the corresponding ID was not
    /// found or is unavailable.
    /// </summary>
    public IReadOnlyList<Track?> Tracks { get; init => field = value ?? []; } = [];
}
