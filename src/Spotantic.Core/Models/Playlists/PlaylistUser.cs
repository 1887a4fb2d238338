using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A Spotify user as referenced by a playlist item (the user who added it).
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>PlaylistUserObject</c>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings or objects.
/// </remarks>
public sealed record PlaylistUser
{
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
}
