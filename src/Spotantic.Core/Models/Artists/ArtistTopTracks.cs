using System.Text.Json.Serialization;
using Spotantic.Serialization;
namespace Spotantic.Models;

/// <summary>
/// The response of a request for an artist's top tracks.
/// </summary>
/// <remarks>
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artists-top-tracks">the Spotify Web API reference</see>.
/// </remarks>
public sealed record ArtistTopTracks
{
    /// <summary>Gets the artist's top tracks in the requested market, most popular first.</summary>
    [JsonConverter(typeof(ItemListJsonConverter<Track>))]
    public IReadOnlyList<Track> Tracks { get; init => field = value ?? []; } = [];
}
