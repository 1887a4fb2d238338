namespace Spotantic.Models;

/// <summary>
/// A segment of an audio analysis: a short stretch with a roughly consistent sound.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>SegmentObject</c>.
/// </remarks>
public sealed record AudioAnalysisSegment
{
    /// <summary>Gets the starting point of the segment, in seconds.</summary>
    public double Start { get; init; }

    /// <summary>Gets the duration of the segment, in seconds.</summary>
    public double Duration { get; init; }

    /// <summary>Gets the confidence, from 0.0 to 1.0, of the reliability of the segmentation.</summary>
    public double Confidence { get; init; }

    /// <summary>Gets the onset loudness of the segment in decibels.</summary>
    public double LoudnessStart { get; init; }

    /// <summary>Gets the peak loudness of the segment in decibels.</summary>
    public double LoudnessMax { get; init; }

    /// <summary>Gets the segment-relative offset of the peak loudness, in seconds.</summary>
    public double LoudnessMaxTime { get; init; }

    /// <summary>Gets the offset loudness of the segment in decibels.</summary>
    public double LoudnessEnd { get; init; }

    /// <summary>Gets the chroma vector: the relative dominance, from 0.0 to 1.0, of each of the 12 pitch classes (C, C♯, D, ... B).</summary>
    public IReadOnlyList<double> Pitches { get; init => field = value ?? []; } = [];

    /// <summary>Gets the timbre vector: 12 unbounded values centered around 0 describing the quality of the sound.</summary>
    public IReadOnlyList<double> Timbre { get; init => field = value ?? []; } = [];
}
