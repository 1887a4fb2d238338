namespace Spotantic.Testing;

/// <summary>One entry of a playlist: a track or an episode, when it was added and by whom.</summary>
/// <param name="Uri">The Spotify URI of the track or episode.</param>
/// <param name="AddedAt">When it was added.</param>
/// <param name="AddedBy">The ID of the user who added it.</param>
public sealed record CatalogPlaylistItem(string Uri, DateTimeOffset AddedAt, string AddedBy);
