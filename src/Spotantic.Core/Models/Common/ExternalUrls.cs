namespace Spotantic.Models;

/// <summary>
/// Known external URLs for an object.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>ExternalUrlObject</c>. Local tracks carry an empty object.
/// </remarks>
public sealed record ExternalUrls
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static ExternalUrls Empty { get; } = new();

    /// <summary>Gets the Spotify URL (<c>https://open.spotify.com/...</c>) for the object, if any.</summary>
    public string? Spotify { get; init; }
}
