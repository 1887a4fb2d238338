namespace Spotantic.Models;

/// <summary>
/// Information about the followers of an artist, playlist or user.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>FollowersObject</c>.
/// </remarks>
public sealed record Followers
{
    /// <summary>Gets a link to the followers; always <see langword="null"/>, as the Web API does not support it.</summary>
    public string? Href { get; init; }

    /// <summary>Gets the total number of followers.</summary>
    public int Total { get; init; }
}
