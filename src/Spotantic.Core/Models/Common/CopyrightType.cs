using System.Text.Json.Serialization;
using Spotantic.Serialization;

namespace Spotantic.Models;

/// <summary>
/// The type of a copyright statement.
/// </summary>
/// <remarks>
/// Spotify documents <c>C</c> (the copyright) and <c>P</c> (the sound recording, or performance, copyright).
/// Values not listed here are kept as sent instead of failing deserialization, so compare against the
/// known values rather than assuming the set is closed. Equality is ordinal (case-sensitive): Spotify always sends these
/// values as the capital letters <c>C</c> and <c>P</c>.
/// </remarks>
[JsonConverter(typeof(StringValueJsonConverter<CopyrightType>))]
public readonly record struct CopyrightType : ISpotifyStringValue<CopyrightType>
{
    private readonly string? _value;

    /// <summary>Initializes a new value from the raw string Spotify sent.</summary>
    /// <param name="value">The raw string value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public CopyrightType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The copyright of the work (<c>C</c>).</summary>
    public static CopyrightType Copyright { get; } = new("C");

    /// <summary>The sound recording (performance) copyright (<c>P</c>).</summary>
    public static CopyrightType SoundRecording { get; } = new("P");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static CopyrightType FromValue(string value) => new(value);

    /// <summary>Compares the raw values ordinally (case-sensitive).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both raw values are equal.</returns>
    public bool Equals(CopyrightType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the raw value as sent by Spotify.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
