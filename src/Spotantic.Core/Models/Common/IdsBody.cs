namespace Spotantic.Models;

/// <summary>
/// A request body carrying Spotify IDs, as sent to save, remove, follow or unfollow items.
/// </summary>
/// <remarks>
/// Used by <c>save-albums-user</c>, <c>remove-albums-user</c>, <c>remove-tracks-user</c>, <c>save-episodes-user</c>,
/// <c>remove-episodes-user</c>, <c>save-shows-user</c>, <c>remove-shows-user</c>, <c>follow-artists-users</c> and
/// <c>unfollow-artists-users</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/save-albums-user">the Spotify Web API reference</see>.
/// Spotify ignores the body when the same IDs are also sent in the query string.
/// </remarks>
public sealed record IdsBody
{
    /// <summary>Gets the Spotify IDs, for example <c>["4iV5W9uYEdYUVa79Axb7Rh"]</c>; the maximum per call depends on the operation.</summary>
    public required IReadOnlyList<string> Ids { get; init; }
}
