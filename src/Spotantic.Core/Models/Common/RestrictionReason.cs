using System.Text.Json.Serialization;
using Spotantic.Serialization;

namespace Spotantic.Models;

/// <summary>
/// The reason a content restriction applies to an item.
/// </summary>
/// <remarks>
/// Spotify documents <c>market</c>, <c>product</c> and <c>explicit</c> for albums and tracks, and <c>payment_required</c> for chapters; it may add more.
/// Values not listed here are kept as sent instead of failing deserialization, so compare against the
/// known values rather than assuming the set is closed. Equality is ordinal (case-sensitive): Spotify always sends these
/// values in lower case.
/// </remarks>
[JsonConverter(typeof(StringValueJsonConverter<RestrictionReason>))]
public readonly record struct RestrictionReason : ISpotifyStringValue<RestrictionReason>
{
    private readonly string? _value;

    /// <summary>Initializes a new value from the raw string Spotify sent.</summary>
    /// <param name="value">The raw string value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public RestrictionReason(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The item is not available in the given market (<c>market</c>).</summary>
    public static RestrictionReason Market { get; } = new("market");

    /// <summary>The item is not available for the user's subscription type (<c>product</c>).</summary>
    public static RestrictionReason Product { get; } = new("product");

    /// <summary>The item is explicit and the user's account is set to not play explicit content (<c>explicit</c>).</summary>
    public static RestrictionReason Explicit { get; } = new("explicit");

    /// <summary>Payment is required to play the item (<c>payment_required</c>).</summary>
    public static RestrictionReason PaymentRequired { get; } = new("payment_required");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static RestrictionReason FromValue(string value) => new(value);

    /// <summary>Compares the raw values ordinally (case-sensitive).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both raw values are equal.</returns>
    public bool Equals(RestrictionReason other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the raw value as sent by Spotify.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
