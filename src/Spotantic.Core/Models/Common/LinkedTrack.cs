using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// The track originally requested when Spotify relinked it to another, playable track.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>LinkedTrackObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/concepts/track-relinking">Track Relinking</see>.
/// </remarks>
public sealed record LinkedTrack
{
    /// <summary>Gets the known external URLs for the track.</summary>
    public ExternalUrls? ExternalUrls { get; init; }

    /// <summary>Gets a link to the Web API endpoint providing full details of the track.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify ID of the track.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the object type: <c>track</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the track, for example <c>spotify:track:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:track:...) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";
}
