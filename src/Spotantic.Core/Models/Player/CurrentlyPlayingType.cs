using System.Text.Json.Serialization;
using Spotantic.Serialization;

namespace Spotantic.Models;

/// <summary>
/// The kind of item that is playing, as in the <c>currently_playing_type</c> field.
/// </summary>
/// <remarks>
/// Spotify documents <c>track</c>, <c>episode</c>, <c>ad</c> and <c>unknown</c>; for an ad or an unknown item the playing item itself is
/// usually <see langword="null"/>.
/// Values not listed here are kept as sent instead of failing deserialization, so compare against the
/// known values rather than assuming the set is closed. Equality is ordinal (case-sensitive): Spotify always sends these
/// values in lower case.
/// </remarks>
[JsonConverter(typeof(StringValueJsonConverter<CurrentlyPlayingType>))]
public readonly record struct CurrentlyPlayingType : ISpotifyStringValue<CurrentlyPlayingType>
{
    private readonly string? _value;

    /// <summary>Initializes a new value from the raw string Spotify sent.</summary>
    /// <param name="value">The raw string value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public CurrentlyPlayingType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>A track is playing (<c>track</c>).</summary>
    public static CurrentlyPlayingType Track { get; } = new("track");

    /// <summary>A podcast episode is playing (<c>episode</c>).</summary>
    public static CurrentlyPlayingType Episode { get; } = new("episode");

    /// <summary>An advertisement is playing (<c>ad</c>).</summary>
    public static CurrentlyPlayingType Ad { get; } = new("ad");

    /// <summary>Spotify does not know what is playing (<c>unknown</c>).</summary>
    public static CurrentlyPlayingType Unknown { get; } = new("unknown");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static CurrentlyPlayingType FromValue(string value) => new(value);

    /// <summary>Compares the raw values ordinally (case-sensitive).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both raw values are equal.</returns>
    public bool Equals(CurrentlyPlayingType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the raw value as sent by Spotify.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
