using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// High-level audio features of a track, such as danceability, energy and tempo.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>AudioFeaturesObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-audio-features">the Spotify Web API reference</see>.
/// </remarks>
public sealed record AudioFeatures
{
    /// <summary>Gets a confidence measure from 0.0 to 1.0 of whether the track is acoustic.</summary>
    public double Acousticness { get; init; }

    /// <summary>Gets a URL to the full audio analysis of the track.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Kept as the exact string Spotify sends.")]
    public string AnalysisUrl { get; init => field = value ?? ""; } = "";

    /// <summary>Gets how suitable the track is for dancing, from 0.0 (least) to 1.0 (most danceable).</summary>
    public double Danceability { get; init; }

    /// <summary>Gets the duration of the track in milliseconds.</summary>
    public int DurationMs { get; init; }

    /// <summary>Gets a perceptual measure of intensity and activity, from 0.0 to 1.0.</summary>
    public double Energy { get; init; }

    /// <summary>Gets the Spotify ID of the track.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the likelihood, from 0.0 to 1.0, that the track contains no vocals.</summary>
    public double Instrumentalness { get; init; }

    /// <summary>Gets the key of the track in pitch class notation (0 = C, 1 = C♯/D♭, ...), or -1 when no key was detected.</summary>
    public int Key { get; init; }

    /// <summary>Gets the probability, from 0.0 to 1.0, that the track was performed live.</summary>
    public double Liveness { get; init; }

    /// <summary>Gets the overall loudness of the track in decibels, typically between -60 and 0.</summary>
    public double Loudness { get; init; }

    /// <summary>Gets the modality of the track: 1 for major, 0 for minor.</summary>
    public int Mode { get; init; }

    /// <summary>Gets the presence of spoken words in the track, from 0.0 to 1.0.</summary>
    public double Speechiness { get; init; }

    /// <summary>Gets the overall estimated tempo of the track in beats per minute.</summary>
    public double Tempo { get; init; }

    /// <summary>Gets the estimated time signature: the number of beats per bar, from 3 to 7.</summary>
    public int TimeSignature { get; init; }

    /// <summary>Gets a link to the Web API endpoint providing full details of the track.</summary>
    public string TrackHref { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the object type: <c>audio_features</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the track.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the musical positiveness conveyed by the track, from 0.0 (negative) to 1.0 (positive).</summary>
    public double Valence { get; init; }
}
