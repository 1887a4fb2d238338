using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A full track, including its album, external IDs and popularity.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>TrackObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-track">the Spotify Web API reference</see>.
/// Local files (<see cref="IsLocal"/>) have no Spotify ID, so <see cref="PlayableItem.Id"/> and <see cref="PlayableItem.Href"/>
/// may be <see langword="null"/>, and their album and artists carry only names.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record Track : PlayableItem
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static Track Empty { get; } = new();

    /// <summary>Gets the album on which the track appears.</summary>
    public SimplifiedAlbum Album { get; init => field = value ?? SimplifiedAlbum.Empty; } = SimplifiedAlbum.Empty;

    /// <summary>Gets the artists who performed the track.</summary>
    public IReadOnlyList<SimplifiedArtist> Artists { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Gets the ISO 3166-1 alpha-2 codes of the markets in which the track can be played.
    /// Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public IReadOnlyList<string>? AvailableMarkets { get; init; }

    /// <summary>Gets the disc number (usually <c>1</c> unless the album consists of more than one disc).</summary>
    public int DiscNumber { get; init; }

    /// <summary>
    /// Gets the known external IDs (such as ISRC) for the track, or <see langword="null"/> when Spotify leaves the field out,
    /// as it did for apps in development mode from February to March 2026. A track without known IDs (a local file) has an
    /// empty object, so <see langword="null"/> means "not told", not "none".
    /// </summary>
    public ExternalIds? ExternalIds { get; init; }

    /// <summary>
    /// Gets the originally requested track when track relinking replaced it with this one.
    /// Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public LinkedTrack? LinkedFrom { get; init; }

    /// <summary>
    /// Gets the popularity of the track, between 0 and 100 (most popular). Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public int? Popularity { get; init; }

    /// <summary>
    /// Gets a URL to a 30 second preview (MP3) of the track.
    /// Deprecated by Spotify; may be omitted or <see langword="null"/>.
    /// </summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Kept as the exact string Spotify sends.")]
    public string? PreviewUrl { get; init; }

    /// <summary>Gets the track number on its disc.</summary>
    public int TrackNumber { get; init; }

    /// <summary>Gets whether the track is from a local file.</summary>
    public bool IsLocal { get; init; }
}
