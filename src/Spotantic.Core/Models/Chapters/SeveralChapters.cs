namespace Spotantic.Models;

/// <summary>
/// The response of a request for several audiobook chapters by ID.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-several-chapters">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SeveralChapters
{
    /// <summary>
    /// Gets the chapters, in the order requested; an entry is <see langword="null"/> when the corresponding ID was not
    /// found or is unavailable.
    /// </summary>
    public IReadOnlyList<Chapter?> Chapters { get; init => field = value ?? []; } = [];
}
