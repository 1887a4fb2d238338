namespace Spotantic.Models;

/// <summary>
/// The response of a request for several audiobooks by ID.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-audiobooks">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SeveralAudiobooks
{
    /// <summary>
    /// Gets the audiobooks, in the order requested; an entry is <see langword="null"/> when the corresponding ID was not
    /// found or is unavailable.
    /// </summary>
    public IReadOnlyList<Audiobook?> Audiobooks { get; init => field = value ?? []; } = [];
}
