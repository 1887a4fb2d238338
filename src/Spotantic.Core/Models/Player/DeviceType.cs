using System.Text.Json.Serialization;
using Spotantic.Serialization;

namespace Spotantic.Models;

/// <summary>
/// The type of a Spotify Connect device, as in the device <c>type</c> field.
/// </summary>
/// <remarks>
/// The specification gives <c>computer</c>, <c>smartphone</c> and <c>speaker</c> as examples; Spotify sends the PascalCase names
/// listed here (<c>Computer</c>, <c>Smartphone</c>, <c>Speaker</c>, <c>TV</c>, <c>CastVideo</c>, ...).
/// Values not listed here are kept as sent instead of failing deserialization, so compare against the
/// known values rather than assuming the set is closed. Equality and the hash code ignore case: the specification documents
/// lower-case values, Spotify sends them in PascalCase, and Spotify has said not to rely on their case.
/// <see cref="Value"/> and <see cref="ToString"/> return the text exactly as Spotify sent it.
/// </remarks>
[JsonConverter(typeof(StringValueJsonConverter<DeviceType>))]
public readonly record struct DeviceType : ISpotifyStringValue<DeviceType>
{
    private readonly string? _value;

    /// <summary>Initializes a new value from the raw string Spotify sent.</summary>
    /// <param name="value">The raw string value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public DeviceType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>A computer (<c>Computer</c>).</summary>
    public static DeviceType Computer { get; } = new("Computer");

    /// <summary>A tablet (<c>Tablet</c>).</summary>
    public static DeviceType Tablet { get; } = new("Tablet");

    /// <summary>A smartphone (<c>Smartphone</c>).</summary>
    public static DeviceType Smartphone { get; } = new("Smartphone");

    /// <summary>A speaker (<c>Speaker</c>).</summary>
    public static DeviceType Speaker { get; } = new("Speaker");

    /// <summary>A television (<c>TV</c>).</summary>
    public static DeviceType TV { get; } = new("TV");

    /// <summary>An audio/video receiver (<c>AVR</c>).</summary>
    public static DeviceType Avr { get; } = new("AVR");

    /// <summary>A set-top box (<c>STB</c>).</summary>
    public static DeviceType Stb { get; } = new("STB");

    /// <summary>An audio dongle (<c>AudioDongle</c>).</summary>
    public static DeviceType AudioDongle { get; } = new("AudioDongle");

    /// <summary>A game console (<c>GameConsole</c>).</summary>
    public static DeviceType GameConsole { get; } = new("GameConsole");

    /// <summary>A Chromecast video device (<c>CastVideo</c>).</summary>
    public static DeviceType CastVideo { get; } = new("CastVideo");

    /// <summary>A Chromecast audio device (<c>CastAudio</c>).</summary>
    public static DeviceType CastAudio { get; } = new("CastAudio");

    /// <summary>A car (<c>Automobile</c>).</summary>
    public static DeviceType Automobile { get; } = new("Automobile");

    /// <summary>A device of unknown type (<c>Unknown</c>).</summary>
    public static DeviceType Unknown { get; } = new("Unknown");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static DeviceType FromValue(string value) => new(value);

    /// <summary>Compares the raw values ordinally, ignoring case.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both raw values are equal.</returns>
    public bool Equals(DeviceType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns a hash code that ignores case, consistent with <see cref="Equals(DeviceType)"/>.</summary>
    /// <returns>The hash code of the raw value, ignoring case.</returns>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the raw value as sent by Spotify.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
