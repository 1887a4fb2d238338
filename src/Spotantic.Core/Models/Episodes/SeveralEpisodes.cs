namespace Spotantic.Models;

/// <summary>
/// The response of a request for several episodes by ID.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-episodes">the Spotify Web API reference</see>.
/// </remarks>
public sealed record SeveralEpisodes
{
    /// <summary>
    /// Gets the episodes, in the order requested; an entry is <see langword="null"/> when the corresponding ID was not
    /// found or is unavailable.
    /// </summary>
    public IReadOnlyList<Episode?> Episodes { get; init => field = value ?? []; } = [];
}
