namespace Spotantic.Models;

/// <summary>
/// Information about how an audio analysis was produced.
/// </summary>
/// <remarks>
/// Corresponds to the <c>meta</c> object of Spotify's <c>AudioAnalysisObject</c>.
/// </remarks>
public sealed record AudioAnalysisMeta
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static AudioAnalysisMeta Empty { get; } = new();

    /// <summary>Gets the version of the analyzer used, for example <c>4.0.0</c>.</summary>
    public string AnalyzerVersion { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the platform used to read the track's audio data, for example <c>Linux</c>.</summary>
    public string Platform { get; init => field = value ?? ""; } = "";

    /// <summary>Gets a detailed status code; when analysis data is missing it may explain why.</summary>
    public string DetailedStatus { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the return code of the analyzer process: 0 on success, 1 on any error.</summary>
    public int StatusCode { get; init; }

    /// <summary>Gets the Unix time, in seconds, at which the track was analyzed.</summary>
    public long Timestamp { get; init; }

    /// <summary>Gets the time taken to analyze the track, in seconds.</summary>
    public double AnalysisTime { get; init; }

    /// <summary>Gets the method used to read the track's audio data.</summary>
    public string InputProcess { get; init => field = value ?? ""; } = "";
}
