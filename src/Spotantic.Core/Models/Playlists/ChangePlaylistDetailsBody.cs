namespace Spotantic.Models;

/// <summary>
/// The request body of changing a playlist's name, description, or public or collaborative status.
/// </summary>
/// <remarks>
/// Used by <c>change-playlist-details</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/change-playlist-details">the Spotify Web API reference</see>.
/// Properties left <see langword="null"/> are omitted and keep their current value.
/// </remarks>
public sealed record ChangePlaylistDetailsBody
{
    /// <summary>Gets the new name of the playlist.</summary>
    public string? Name { get; init; }

    /// <summary>Gets whether the playlist becomes public (<see langword="true"/>) or private (<see langword="false"/>).</summary>
    public bool? Public { get; init; }

    /// <summary>
    /// Gets whether the playlist becomes collaborative, so that other users can modify it; only a non-public playlist can
    /// be made collaborative.
    /// </summary>
    public bool? Collaborative { get; init; }

    /// <summary>Gets the new description of the playlist.</summary>
    public string? Description { get; init; }
}
