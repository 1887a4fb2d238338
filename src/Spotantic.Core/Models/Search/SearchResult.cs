namespace Spotantic.Models;

/// <summary>
/// The result of a search: one page per requested item type.
/// </summary>
/// <remarks>
/// Spotify's <c>SearchItems</c> response. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/search">the Spotify Web API reference</see>.
/// A page is <see langword="null"/> when its type was not requested. Each page has its own <see cref="Page{T}.Next"/>.
/// </remarks>
public sealed record SearchResult
{
    /// <summary>Gets the page of matching tracks, or <see langword="null"/> when tracks were not searched.</summary>
    public Page<Track>? Tracks { get; init; }

    /// <summary>Gets the page of matching artists, or <see langword="null"/> when artists were not searched.</summary>
    public Page<Artist>? Artists { get; init; }

    /// <summary>Gets the page of matching albums, or <see langword="null"/> when albums were not searched.</summary>
    public Page<SimplifiedAlbum>? Albums { get; init; }

    /// <summary>
    /// Gets the page of matching playlists, or <see langword="null"/> when playlists were not searched. Spotify may send
    /// <c>null</c> entries in place of playlists it no longer returns; they are kept as <see langword="null"/>.
    /// </summary>
    public Page<SimplifiedPlaylist?>? Playlists { get; init; }

    /// <summary>Gets the page of matching shows, or <see langword="null"/> when shows were not searched.</summary>
    public Page<SimplifiedShow>? Shows { get; init; }

    /// <summary>Gets the page of matching episodes, or <see langword="null"/> when episodes were not searched.</summary>
    public Page<SimplifiedEpisode>? Episodes { get; init; }

    /// <summary>Gets the page of matching audiobooks, or <see langword="null"/> when audiobooks were not searched.</summary>
    public Page<SimplifiedAudiobook>? Audiobooks { get; init; }
}
