using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// Where in a context playback starts: by zero-based position or by the URI of an item.
/// </summary>
/// <remarks>
/// The <c>offset</c> of <see cref="StartPlaybackBody"/>. Set either <see cref="Position"/> or <see cref="Uri"/>.
/// </remarks>
public sealed record PlaybackOffset
{
    /// <summary>Gets the zero-based position of the item to start at; it cannot be negative.</summary>
    public int? Position { get; init; }

    /// <summary>Gets the Spotify URI of the item to start at, for example <c>spotify:track:1301WleyT98MSxVHPZCA6M</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string? Uri { get; init; }
}
