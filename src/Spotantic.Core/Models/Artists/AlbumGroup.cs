using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Spotantic.Serialization;

namespace Spotantic.Models;

/// <summary>
/// The relationship between an artist and an album in the artist's discography, as in the <c>album_group</c> field.
/// </summary>
/// <remarks>
/// Spotify documents <c>album</c>, <c>single</c>, <c>compilation</c> and <c>appears_on</c>; the last means the artist appears on
/// an album that another artist released.
/// Values not listed here are kept as sent instead of failing deserialization, so compare against the
/// known values rather than assuming the set is closed. Equality and the hash code ignore case, as for <see cref="AlbumType"/>,
/// whose values Spotify sends both in lower case and in capitals; <see cref="Value"/> and <see cref="ToString"/> return the
/// text exactly as Spotify sent it.
/// </remarks>
[JsonConverter(typeof(StringValueJsonConverter<AlbumGroup>))]
public readonly record struct AlbumGroup : ISpotifyStringValue<AlbumGroup>
{
    private readonly string? _value;

    /// <summary>Initializes a new value from the raw string Spotify sent.</summary>
    /// <param name="value">The raw string value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public AlbumGroup(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The artist released the album (<c>album</c>).</summary>
    public static AlbumGroup Album { get; } = new("album");

    /// <summary>The artist released the single or EP (<c>single</c>).</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Mirrors Spotify's 'single' album group.")]
    public static AlbumGroup Single { get; } = new("single");

    /// <summary>The artist released the compilation (<c>compilation</c>).</summary>
    public static AlbumGroup Compilation { get; } = new("compilation");

    /// <summary>The artist appears on an album released by another artist (<c>appears_on</c>).</summary>
    public static AlbumGroup AppearsOn { get; } = new("appears_on");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static AlbumGroup FromValue(string value) => new(value);

    /// <summary>Compares the raw values ordinally, ignoring case, so that <c>SINGLE</c> equals <see cref="Single"/>.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both raw values are equal, ignoring case.</returns>
    public bool Equals(AlbumGroup other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns a hash code that ignores case, consistent with <see cref="Equals(AlbumGroup)"/>.</summary>
    /// <returns>The hash code of the raw value, ignoring case.</returns>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the raw value as sent by Spotify.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
