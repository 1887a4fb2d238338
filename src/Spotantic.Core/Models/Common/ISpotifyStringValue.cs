namespace Spotantic.Models;

/// <summary>
/// A string-backed value that Spotify sends as a JSON string, such as an album type or a restriction reason.
/// </summary>
/// <remarks>
/// Implementations are value types that keep any string, so values Spotify adds in the future are preserved
/// instead of failing deserialization. Equality is ordinal and case-sensitive, since Spotify sends these values in a
/// consistent case, unless a type documents otherwise (<see cref="DeviceType"/> ignores case).
/// </remarks>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface ISpotifyStringValue<TSelf>
    where TSelf : struct, ISpotifyStringValue<TSelf>
{
    /// <summary>Creates a value from the raw string Spotify sent.</summary>
    /// <param name="value">The raw string value.</param>
    /// <returns>A value wrapping <paramref name="value"/>.</returns>
    static abstract TSelf FromValue(string value);

    /// <summary>Gets the raw string value as sent by Spotify; never <see langword="null"/>.</summary>
    string Value { get; }
}
