namespace Spotantic.Models;

/// <summary>
/// The response of a request for several shows by ID.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-shows">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SeveralShows
{
    /// <summary>
    /// Gets the shows, in the order requested; an entry is <see langword="null"/> when the corresponding ID was not
    /// found or is unavailable.
    /// </summary>
    public IReadOnlyList<SimplifiedShow?> Shows { get; init => field = value ?? []; } = [];
}
