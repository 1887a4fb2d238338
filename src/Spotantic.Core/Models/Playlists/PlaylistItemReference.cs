using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A track or episode to remove from a playlist, identified by its Spotify URI.
/// </summary>
/// <remarks>
/// An item of the <c>items</c> array of <c>remove-items-playlist</c> (and of the <c>tracks</c> array of <c>remove-tracks-playlist</c>).
/// </remarks>
public sealed record PlaylistItemReference
{
    /// <summary>Gets the Spotify URI of the track or episode, for example <c>spotify:track:4iV5W9uYEdYUVa79Axb7Rh</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public required string Uri { get; init; }
}
