namespace Spotantic.Models;

/// <summary>
/// The response of a write to a playlist's items: the playlist's new version.
/// </summary>
/// <remarks>
/// Spotify's <c>PlaylistSnapshotId</c> response. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/add-items-to-playlist">the Spotify Web API reference</see>.
/// </remarks>
public sealed record PlaylistSnapshot
{
    /// <summary>Gets the version identifier of the playlist after the change; pass it to later writes to target that version.</summary>
    public string SnapshotId { get; init => field = value ?? ""; } = "";
}
