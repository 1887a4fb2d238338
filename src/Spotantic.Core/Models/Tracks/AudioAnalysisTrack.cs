namespace Spotantic.Models;

/// <summary>
/// The audio analysis of a track as a whole.
/// </summary>
/// <remarks>
/// Corresponds to the <c>track</c> object of Spotify's <c>AudioAnalysisObject</c>. Confidence values range from 0.0 to 1.0.
/// </remarks>
public sealed record AudioAnalysisTrack
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static AudioAnalysisTrack Empty { get; } = new();

    /// <summary>Gets the exact number of audio samples analyzed.</summary>
    public long NumSamples { get; init; }

    /// <summary>Gets the length of the track in seconds.</summary>
    public double Duration { get; init; }

    /// <summary>Gets a checksum of the samples; Spotify always sends an empty string.</summary>
    public string SampleMd5 { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the offset, in seconds, of the analyzed region; always 0 as the entire track is analyzed.</summary>
    public int OffsetSeconds { get; init; }

    /// <summary>Gets the length, in seconds, of the analyzed region when only a subset was analyzed; otherwise 0.</summary>
    public int WindowSeconds { get; init; }

    /// <summary>Gets the sample rate used to decode and analyze the track.</summary>
    public int AnalysisSampleRate { get; init; }

    /// <summary>Gets the number of channels used for analysis; 1 means all channels were summed to mono.</summary>
    public int AnalysisChannels { get; init; }

    /// <summary>Gets the time, in seconds, at which the fade-in ends (0.0 without a fade-in).</summary>
    public double EndOfFadeIn { get; init; }

    /// <summary>Gets the time, in seconds, at which the fade-out starts (the track's length without a fade-out).</summary>
    public double StartOfFadeOut { get; init; }

    /// <summary>Gets the overall loudness of the track in decibels.</summary>
    public double Loudness { get; init; }

    /// <summary>Gets the overall estimated tempo of the track in beats per minute.</summary>
    public double Tempo { get; init; }

    /// <summary>Gets the confidence of <see cref="Tempo"/>.</summary>
    public double TempoConfidence { get; init; }

    /// <summary>Gets the estimated time signature: the number of beats per bar, from 3 to 7.</summary>
    public int TimeSignature { get; init; }

    /// <summary>Gets the confidence of <see cref="TimeSignature"/>.</summary>
    public double TimeSignatureConfidence { get; init; }

    /// <summary>Gets the key of the track in pitch class notation, or -1 when no key was detected.</summary>
    public int Key { get; init; }

    /// <summary>Gets the confidence of <see cref="Key"/>.</summary>
    public double KeyConfidence { get; init; }

    /// <summary>Gets the modality of the track: 1 for major, 0 for minor.</summary>
    public int Mode { get; init; }

    /// <summary>Gets the confidence of <see cref="Mode"/>.</summary>
    public double ModeConfidence { get; init; }

    /// <summary>Gets an Echo Nest Musical Fingerprint (ENMFP) codestring for the track.</summary>
    public string Codestring { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the version of the ENMFP format used in <see cref="Codestring"/>.</summary>
    public double CodeVersion { get; init; }

    /// <summary>Gets an EchoPrint codestring for the track.</summary>
    public string Echoprintstring { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the version of the EchoPrint format used in <see cref="Echoprintstring"/>.</summary>
    public double EchoprintVersion { get; init; }

    /// <summary>Gets a Synchstring for the track.</summary>
    public string Synchstring { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the version of the Synchstring format used in <see cref="Synchstring"/>.</summary>
    public double SynchVersion { get; init; }

    /// <summary>Gets a Rhythmstring for the track, in a format similar to the Synchstring.</summary>
    public string Rhythmstring { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the version of the Rhythmstring format used in <see cref="Rhythmstring"/>.</summary>
    public double RhythmVersion { get; init; }
}
