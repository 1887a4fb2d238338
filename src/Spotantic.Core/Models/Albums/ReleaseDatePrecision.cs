using System.Text.Json.Serialization;
using Spotantic.Serialization;

namespace Spotantic.Models;

/// <summary>
/// The precision with which an album's <c>release_date</c> is known.
/// </summary>
/// <remarks>
/// A <c>year</c> precision means the release date looks like <c>1981</c>, <c>month</c> like <c>1981-12</c> and <c>day</c> like <c>1981-12-15</c>.
/// Values not listed here are kept as sent instead of failing deserialization, so compare against the
/// known values rather than assuming the set is closed. Equality is ordinal (case-sensitive): Spotify always sends these
/// values in lower case.
/// </remarks>
[JsonConverter(typeof(StringValueJsonConverter<ReleaseDatePrecision>))]
public readonly record struct ReleaseDatePrecision : ISpotifyStringValue<ReleaseDatePrecision>
{
    private readonly string? _value;

    /// <summary>Initializes a new value from the raw string Spotify sent.</summary>
    /// <param name="value">The raw string value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ReleaseDatePrecision(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Only the year is known (<c>year</c>).</summary>
    public static ReleaseDatePrecision Year { get; } = new("year");

    /// <summary>The year and month are known (<c>month</c>).</summary>
    public static ReleaseDatePrecision Month { get; } = new("month");

    /// <summary>The full date is known (<c>day</c>).</summary>
    public static ReleaseDatePrecision Day { get; } = new("day");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static ReleaseDatePrecision FromValue(string value) => new(value);

    /// <summary>Compares the raw values ordinally (case-sensitive).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both raw values are equal.</returns>
    public bool Equals(ReleaseDatePrecision other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the raw value as sent by Spotify.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
