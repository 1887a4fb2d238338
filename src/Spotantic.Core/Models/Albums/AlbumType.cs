using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Spotantic.Serialization;

namespace Spotantic.Models;

/// <summary>
/// The type of an album, as in the <c>album_type</c> field.
/// </summary>
/// <remarks>
/// Spotify documents <c>album</c>, <c>single</c> and <c>compilation</c>; EPs are usually reported as <c>single</c>, but
/// <c>EP</c> has been seen too (<see cref="Ep"/>).
/// Values not listed here are kept as sent instead of failing deserialization, so compare against the
/// known values rather than assuming the set is closed. Equality and the hash code ignore case: Spotify sends these values in
/// lower case in most responses but in capitals in others (<c>SINGLE</c>, <c>ALBUM</c>, <c>COMPILATION</c>, <c>EP</c> in
/// recommendations and an artist's top tracks), so <c>album.AlbumType == AlbumType.Single</c> holds for both.
/// <see cref="Value"/> and <see cref="ToString"/> return the text exactly as Spotify sent it.
/// </remarks>
[JsonConverter(typeof(StringValueJsonConverter<AlbumType>))]
public readonly record struct AlbumType : ISpotifyStringValue<AlbumType>
{
    private readonly string? _value;

    /// <summary>Initializes a new value from the raw string Spotify sent.</summary>
    /// <param name="value">The raw string value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public AlbumType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>A full album (<c>album</c>).</summary>
    public static AlbumType Album { get; } = new("album");

    /// <summary>A single or an EP (<c>single</c>).</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Mirrors Spotify's 'single' album type.")]
    public static AlbumType Single { get; } = new("single");

    /// <summary>A compilation (<c>compilation</c>).</summary>
    public static AlbumType Compilation { get; } = new("compilation");

    /// <summary>
    /// An EP (<c>ep</c>). Not documented: Spotify usually reports EPs as <see cref="Single"/>, but some responses (an artist's
    /// top tracks) have carried <c>EP</c>.
    /// </summary>
    public static AlbumType Ep { get; } = new("ep");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static AlbumType FromValue(string value) => new(value);

    /// <summary>Compares the raw values ordinally, ignoring case, so that <c>SINGLE</c> equals <see cref="Single"/>.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both raw values are equal, ignoring case.</returns>
    public bool Equals(AlbumType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns a hash code that ignores case, consistent with <see cref="Equals(AlbumType)"/>.</summary>
    /// <returns>The hash code of the raw value, ignoring case.</returns>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the raw value as sent by Spotify.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
