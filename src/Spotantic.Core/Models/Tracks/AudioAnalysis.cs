namespace Spotantic.Models;

/// <summary>
/// A low-level audio analysis of a track: its structure (bars, beats, tatums, sections, segments) and musical content.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>AudioAnalysisObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-audio-analysis">the Spotify Web API reference</see>.
/// </remarks>
public sealed record AudioAnalysis
{
    /// <summary>Gets information about the analysis itself.</summary>
    public AudioAnalysisMeta Meta { get; init => field = value ?? AudioAnalysisMeta.Empty; } = AudioAnalysisMeta.Empty;

    /// <summary>Gets the analysis of the track as a whole.</summary>
    public AudioAnalysisTrack Track { get; init => field = value ?? AudioAnalysisTrack.Empty; } = AudioAnalysisTrack.Empty;

    /// <summary>Gets the bars (measures) of the track: segments of time defined as a given number of beats.</summary>
    public IReadOnlyList<TimeInterval> Bars { get; init => field = value ?? []; } = [];

    /// <summary>Gets the beats of the track, the basic time unit of a piece of music.</summary>
    public IReadOnlyList<TimeInterval> Beats { get; init => field = value ?? []; } = [];

    /// <summary>Gets the sections of the track, defined by large variations in rhythm or timbre (chorus, verse, ...).</summary>
    public IReadOnlyList<AudioAnalysisSection> Sections { get; init => field = value ?? []; } = [];

    /// <summary>Gets the segments of the track, each with a roughly consistent sound.</summary>
    public IReadOnlyList<AudioAnalysisSegment> Segments { get; init => field = value ?? []; } = [];

    /// <summary>Gets the tatums of the track, the lowest regular pulse a listener infers from the timing of musical events.</summary>
    public IReadOnlyList<TimeInterval> Tatums { get; init => field = value ?? []; } = [];
}
