using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// The current user's profile, including private details when the scopes allow.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>PrivateUserObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-current-users-profile">the Spotify Web API reference</see>.
/// <see cref="Email"/> needs the <c>user-read-email</c> scope; <see cref="Country"/>, <see cref="Product"/> and
/// <see cref="ExplicitContent"/> need <c>user-read-private</c>. Use <see cref="AccountId"/>, not <see cref="Id"/>, for account linking.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings, lists or objects; only nullable properties can be <see langword="null"/>.
/// </remarks>
public sealed record PrivateUser
{
    /// <summary>
    /// Gets the public, immutable, pseudonymous identifier of the user's account, the one to use for account linking, or
    /// <see langword="null"/> when Spotify omits it.
    /// </summary>
    public string? AccountId { get; init; }

    /// <summary>
    /// Gets the ISO 3166-1 alpha-2 country code of the user's account. Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public string? Country { get; init; }

    /// <summary>Gets the name displayed on the user's profile, or <see langword="null"/> when not available.</summary>
    public string? DisplayName { get; init; }

    /// <summary>
    /// Gets the user's (unverified) email address. Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public string? Email { get; init; }

    /// <summary>Gets the user's explicit content settings. Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.</summary>
    public ExplicitContentSettings? ExplicitContent { get; init; }

    /// <summary>Gets the known external URLs for the user.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets information about the followers of the user. Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.</summary>
    public Followers? Followers { get; init; }

    /// <summary>Gets a link to the Web API endpoint for the user.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify user ID of the user; it may change, so use <see cref="AccountId"/> for account linking.</summary>
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the user's profile images.</summary>
    public IReadOnlyList<Image> Images { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Gets the user's subscription level, for example <c>premium</c> or <c>free</c> (<c>open</c> means the same as
    /// <c>free</c>). Deprecated by Spotify; <see langword="null"/> when Spotify leaves it out, as it does for apps in development mode.
    /// </summary>
    public string? Product { get; init; }

    /// <summary>Gets the object type: <c>user</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the Spotify URI of the user, for example <c>spotify:user:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";
}
