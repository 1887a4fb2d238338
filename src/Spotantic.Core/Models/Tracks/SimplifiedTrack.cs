using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A track as embedded in an album's track list, without album, external IDs or popularity.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>SimplifiedTrackObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-albums-tracks">the Spotify Web API reference</see>.
/// Local files (<see cref="IsLocal"/>) have no Spotify ID, so <see cref="Id"/> may be <see langword="null"/>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record SimplifiedTrack
{
    /// <summary>Gets the artists who performed the track.</summary>
    public IReadOnlyList<SimplifiedArtist> Artists { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Gets the ISO 3166-1 alpha-2 codes of the markets in which the track can be played.
    /// Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public IReadOnlyList<string>? AvailableMarkets { get; init; }

    /// <summary>Gets the disc number (usually <c>1</c> unless the album consists of more than one disc).</summary>
    public int DiscNumber { get; init; }

    /// <summary>Gets the track length in milliseconds.</summary>
    public int DurationMs { get; init; }

    /// <summary>Gets whether the track has explicit lyrics (<see langword="false"/> also when unknown).</summary>
    public bool Explicit { get; init; }

    /// <summary>Gets the external URLs for the track.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets a link to the Web API endpoint providing full details of the track.</summary>
    public string? Href { get; init; }

    /// <summary>Gets the Spotify ID of the track, or <see langword="null"/> for a local file.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// Gets whether the track is playable in the requested market. Only present when track relinking is applied
    /// (a <c>market</c> was given).
    /// </summary>
    public bool? IsPlayable { get; init; }

    /// <summary>
    /// Gets the originally requested track when track relinking replaced it with this one.
    /// Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public LinkedTrack? LinkedFrom { get; init; }

    /// <summary>Gets the content restriction applied to the track, if any.</summary>
    public Restrictions? Restrictions { get; init; }

    /// <summary>Gets the name of the track.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// Gets a URL to a 30 second preview (MP3) of the track.
    /// Deprecated by Spotify; may be omitted or <see langword="null"/>.
    /// </summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Kept as the exact string Spotify sends.")]
    public string? PreviewUrl { get; init; }

    /// <summary>Gets the track number on its disc.</summary>
    public int TrackNumber { get; init; }

    /// <summary>Gets the object type: <c>track</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// Gets the Spotify URI of the track, for example <c>spotify:track:...</c>; local files have a
    /// <c>spotify:local:...</c> URI or none.
    /// </summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string? Uri { get; init; }

    /// <summary>Gets whether the track is from a local file.</summary>
    public bool IsLocal { get; init; }
}
