using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// The Spotify user who owns a playlist.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>PlaylistOwnerObject</c>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record PlaylistOwner
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static PlaylistOwner Empty { get; } = new();

    /// <summary>Gets the known public external URLs for the user.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets a link to the Web API endpoint for the user.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify user ID of the user.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the object type: <c>user</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the user, for example <c>spotify:user:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the name displayed on the user's profile, or <see langword="null"/> when not available.</summary>
    public string? DisplayName { get; init; }
}
