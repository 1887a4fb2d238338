using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// A user's public profile.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>PublicUserObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-profile">the Spotify Web API reference</see>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record PublicUser
{
    /// <summary>Gets the name displayed on the user's profile, or <see langword="null"/> when not available.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets the known public external URLs for the user.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets information about the followers of the user. Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.</summary>
    public Followers? Followers { get; init; }

    /// <summary>Gets a link to the Web API endpoint for the user.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify user ID of the user.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the user's profile images.</summary>
    public IReadOnlyList<Image> Images { get; init => field = value ?? []; } = [];

    /// <summary>Gets the object type: <c>user</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the user, for example <c>spotify:user:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";
}
