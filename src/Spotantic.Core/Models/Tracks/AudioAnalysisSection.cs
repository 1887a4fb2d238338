namespace Spotantic.Models;

/// <summary>
/// A section of an audio analysis, defined by a large variation in rhythm or timbre (chorus, verse, bridge, ...).
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>SectionObject</c>. Confidence values range from 0.0 to 1.0.
/// </remarks>
public sealed record AudioAnalysisSection
{
    /// <summary>Gets the starting point of the section, in seconds.</summary>
    public double Start { get; init; }

    /// <summary>Gets the duration of the section, in seconds.</summary>
    public double Duration { get; init; }

    /// <summary>Gets the confidence of the section's designation.</summary>
    public double Confidence { get; init; }

    /// <summary>Gets the overall loudness of the section in decibels.</summary>
    public double Loudness { get; init; }

    /// <summary>Gets the overall estimated tempo of the section in beats per minute.</summary>
    public double Tempo { get; init; }

    /// <summary>Gets the confidence of <see cref="Tempo"/>.</summary>
    public double TempoConfidence { get; init; }

    /// <summary>Gets the estimated key of the section in pitch class notation, or -1 when no key was detected.</summary>
    public int Key { get; init; }

    /// <summary>Gets the confidence of <see cref="Key"/>.</summary>
    public double KeyConfidence { get; init; }

    /// <summary>Gets the modality of the section: 1 for major, 0 for minor, -1 for no result.</summary>
    public int Mode { get; init; }

    /// <summary>Gets the confidence of <see cref="Mode"/>.</summary>
    public double ModeConfidence { get; init; }

    /// <summary>Gets the estimated time signature of the section: the number of beats per bar, from 3 to 7.</summary>
    public int TimeSignature { get; init; }

    /// <summary>Gets the confidence of <see cref="TimeSignature"/>.</summary>
    public double TimeSignatureConfidence { get; init; }
}
