namespace Spotantic.Models;

/// <summary>
/// The genres available as seeds for recommendations.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-recommendation-genres">the Spotify Web API reference</see>.
/// </remarks>
public sealed record RecommendationGenres
{
    /// <summary>Gets the genre names, for example <c>alternative</c> or <c>samba</c>.</summary>
    public IReadOnlyList<string> Genres { get; init => field = value ?? []; } = [];
}
