using System.Text.Json.Serialization;
using Spotantic.Models;

namespace Spotantic.Serialization;

/// <summary>
/// Source-generated (reflection-free, AOT-compatible) JSON metadata for the Spotify Web API models.
/// </summary>
/// <remarks>
/// Property names are snake_case as Spotify sends them; <see langword="null"/> values are omitted when writing.
/// Every root type has an explicit <see cref="JsonSerializableAttribute.TypeInfoPropertyName"/> so that the
/// <c>SpotifyJsonContext.Default.X</c> names stay stable.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
// Responses.
[JsonSerializable(typeof(Album), TypeInfoPropertyName = "Album")]
[JsonSerializable(typeof(SeveralAlbums), TypeInfoPropertyName = "SeveralAlbums")]
[JsonSerializable(typeof(NewReleases), TypeInfoPropertyName = "NewReleases")]
[JsonSerializable(typeof(Page<SimplifiedTrack>), TypeInfoPropertyName = "PageSimplifiedTrack")]
[JsonSerializable(typeof(Page<SavedAlbum>), TypeInfoPropertyName = "PageSavedAlbum")]
[JsonSerializable(typeof(Page<SimplifiedAlbum>), TypeInfoPropertyName = "PageSimplifiedAlbum")]
[JsonSerializable(typeof(IReadOnlyList<bool>), TypeInfoPropertyName = "IReadOnlyListBoolean")]
// Albums.
[JsonSerializable(typeof(SimplifiedAlbum), TypeInfoPropertyName = "SimplifiedAlbum")]
[JsonSerializable(typeof(SavedAlbum), TypeInfoPropertyName = "SavedAlbum")]
[JsonSerializable(typeof(AlbumType), TypeInfoPropertyName = "AlbumType")]
[JsonSerializable(typeof(ReleaseDatePrecision), TypeInfoPropertyName = "ReleaseDatePrecision")]
// Artists and tracks.
[JsonSerializable(typeof(SimplifiedArtist), TypeInfoPropertyName = "SimplifiedArtist")]
[JsonSerializable(typeof(SimplifiedTrack), TypeInfoPropertyName = "SimplifiedTrack")]
[JsonSerializable(typeof(LinkedTrack), TypeInfoPropertyName = "LinkedTrack")]
// Common.
[JsonSerializable(typeof(Image), TypeInfoPropertyName = "Image")]
[JsonSerializable(typeof(ExternalUrls), TypeInfoPropertyName = "ExternalUrls")]
[JsonSerializable(typeof(ExternalIds), TypeInfoPropertyName = "ExternalIds")]
[JsonSerializable(typeof(Copyright), TypeInfoPropertyName = "Copyright")]
[JsonSerializable(typeof(CopyrightType), TypeInfoPropertyName = "CopyrightType")]
[JsonSerializable(typeof(Restrictions), TypeInfoPropertyName = "Restrictions")]
[JsonSerializable(typeof(RestrictionReason), TypeInfoPropertyName = "RestrictionReason")]
internal sealed partial class SpotifyJsonContext : JsonSerializerContext
{
}
