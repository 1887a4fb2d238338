using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Spotantic.Serialization;

namespace Spotantic.Models;

/// <summary>
/// A track or an episode, wherever Spotify may return either one: playlist items, the queue, the currently playing
/// item and the playback state.
/// </summary>
/// <remarks>
/// The JSON <c>type</c> field selects the real type: <c>track</c> reads as <see cref="Models.Track"/> and <c>episode</c> as
/// <see cref="Models.Episode"/>; use pattern matching (<c>item is Track track</c>) to reach their own fields. Any other or
/// missing <c>type</c> does not fail: it reads as <see cref="UnknownPlayableItem"/>, which keeps the common fields and the
/// raw JSON. Local tracks (<c>is_local</c>) are tracks whose <see cref="Id"/> and <see cref="Href"/> are <see langword="null"/>.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-playlists-items">the Spotify Web API reference</see>.
/// </remarks>
[JsonConverter(typeof(PlayableItemJsonConverter))]
public abstract record PlayableItem
{
    /// <summary>Initializes a new instance; only the types of this library derive from it.</summary>
    private protected PlayableItem()
    {
    }

    /// <summary>Gets the Spotify ID of the item, or <see langword="null"/> for a local track.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the name of the item.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// Gets the Spotify URI of the item, for example <c>spotify:track:...</c> or <c>spotify:episode:...</c>; local tracks
    /// have a <c>spotify:local:...</c> URI or none.
    /// </summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "A Spotify URI (spotify:type:id) is an identifier, not a web address.")]
    public string? Uri { get; init; }

    /// <summary>Gets a link to the Web API endpoint providing full details of the item, or <see langword="null"/> for a local track.</summary>
    public string? Href { get; init; }

    /// <summary>Gets the object type as sent by Spotify: <c>track</c> or <c>episode</c> (or another value for an <see cref="UnknownPlayableItem"/>).</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the known external URLs for the item.</summary>
    public ExternalUrls ExternalUrls { get; init => field = value ?? ExternalUrls.Empty; } = ExternalUrls.Empty;

    /// <summary>Gets the length of the item in milliseconds.</summary>
    public int DurationMs { get; init; }

    /// <summary>Gets whether the item has explicit content (<see langword="false"/> also when unknown).</summary>
    public bool Explicit { get; init; }

    /// <summary>
    /// Gets whether the item is playable in the given market, or <see langword="null"/> when Spotify omits it (for tracks it
    /// is only sent when track relinking applies, that is when a market was given).
    /// </summary>
    public bool? IsPlayable { get; init; }

    /// <summary>Gets the content restriction applied to the item, if any.</summary>
    public Restrictions? Restrictions { get; init; }
}
