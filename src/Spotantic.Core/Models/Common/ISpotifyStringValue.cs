namespace Spotantic.Models;

/// <summary>
/// A string-backed value that Spotify sends as a JSON string, such as an album type or a restriction reason.
/// </summary>
/// <remarks>
/// Implementations are value types that keep any string, so values Spotify adds in the future are preserved
/// instead of failing deserialization. Each type documents how it compares, following how Spotify sends its values:
/// <see cref="AlbumType"/>, <see cref="AlbumGroup"/> and <see cref="DeviceType"/> ignore case, because Spotify sends their
/// values in more than one case; the others compare ordinally, because Spotify always sends them in the same case. Every type
/// keeps the text as Spotify sent it in <see cref="Value"/>.
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
