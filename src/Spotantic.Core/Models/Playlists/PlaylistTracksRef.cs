namespace Spotantic.Models;

/// <summary>
/// A reference to a playlist's items: where to fetch them and how many there are.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>PlaylistTracksRefObject</c>.
/// </remarks>
public sealed record PlaylistTracksRef
{
    /// <summary>Gets a link to the Web API endpoint returning the playlist's items.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the number of items in the playlist.</summary>
    public int Total { get; init; }
}
