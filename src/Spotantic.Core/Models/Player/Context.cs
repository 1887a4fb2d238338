using System.Diagnostics.CodeAnalysis;

namespace Spotantic.Models;

/// <summary>
/// The context something is played from: an album, artist, playlist or show.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>ContextObject</c>.
/// Fields Spotify omits (or sends as <c>null</c>) read as empty strings or objects.
/// </remarks>
public sealed record Context
{
    /// <summary>Gets the object type of the context, for example <c>artist</c>, <c>playlist</c>, <c>album</c> or <c>show</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets a link to the Web API endpoint providing full details of the context.</summary>
    public string Href { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the known external URLs for the context.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets the Spotify URI of the context, for example <c>spotify:playlist:...</c>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string Uri { get; init => field = value ?? ""; } = "";
}
