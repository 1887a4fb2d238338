namespace Spotantic.Models;

/// <summary>
/// A time interval of an audio analysis: a bar, a beat or a tatum.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>TimeIntervalObject</c>.
/// </remarks>
public sealed record TimeInterval
{
    /// <summary>Gets the starting point of the interval, in seconds.</summary>
    public double Start { get; init; }

    /// <summary>Gets the duration of the interval, in seconds.</summary>
    public double Duration { get; init; }

    /// <summary>Gets the confidence, from 0.0 to 1.0, of the reliability of the interval.</summary>
    public double Confidence { get; init; }
}
