using System.Text.Json.Serialization;
using Spotantic.Serialization;

namespace Spotantic.Models;

/// <summary>
/// The repeat mode of the user's playback, as in the <c>repeat_state</c> field.
/// </summary>
/// <remarks>
/// Spotify documents <c>off</c>, <c>track</c> (repeat the current track) and <c>context</c> (repeat the current context).
/// Values not listed here are kept as sent instead of failing deserialization, so compare against the
/// known values rather than assuming the set is closed. Equality is ordinal (case-sensitive): Spotify always sends these
/// values in lower case, and accepts only lower case when the repeat mode is set.
/// </remarks>
[JsonConverter(typeof(StringValueJsonConverter<RepeatState>))]
public readonly record struct RepeatState : ISpotifyStringValue<RepeatState>
{
    private readonly string? _value;

    /// <summary>Initializes a new value from the raw string Spotify sent.</summary>
    /// <param name="value">The raw string value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public RepeatState(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Repeat is off (<c>off</c>).</summary>
    public static RepeatState Off { get; } = new("off");

    /// <summary>The current track repeats (<c>track</c>).</summary>
    public static RepeatState Track { get; } = new("track");

    /// <summary>The current context (album, playlist, ...) repeats (<c>context</c>).</summary>
    public static RepeatState Context { get; } = new("context");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static RepeatState FromValue(string value) => new(value);

    /// <summary>Compares the raw values ordinally (case-sensitive).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both raw values are equal.</returns>
    public bool Equals(RepeatState other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the raw value as sent by Spotify.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
