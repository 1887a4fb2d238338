using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Spotantic.Serialization;

namespace Spotantic.Models;

/// <summary>
/// An image, such as album cover art, an artist picture or a user avatar.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-album">the Spotify Web API reference</see>
/// (<c>ImageObject</c>). Older payloads may send sizes as JSON floats (<c>640.0</c>); they are read as integers.
/// </remarks>
public sealed record Image
{
    /// <summary>Gets the source URL of the image.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Kept as the exact string Spotify sends; callers rarely need a parsed System.Uri.")]
    public string Url { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the image height in pixels, or <see langword="null"/> when unknown.</summary>
    [JsonConverter(typeof(FlexibleInt32JsonConverter))]
    public int? Height { get; init; }

    /// <summary>Gets the image width in pixels, or <see langword="null"/> when unknown.</summary>
    [JsonConverter(typeof(FlexibleInt32JsonConverter))]
    public int? Width { get; init; }
}
