using System.Text.Json.Serialization;
using Spotantic.Serialization;
namespace Spotantic.Models;

/// <summary>
/// The response of a request for artists similar to a given artist.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artists-related-artists">the Spotify Web API reference</see>.
/// </remarks>
public sealed record RelatedArtists
{
    /// <summary>Gets the related artists.</summary>
    [JsonConverter(typeof(ItemListJsonConverter<Artist>))]
    public IReadOnlyList<Artist> Artists { get; init => field = value ?? []; } = [];
}
