using System.Text.Json.Serialization;
using Spotantic.Models;

namespace Spotantic.Serialization;

/// <summary>
/// Source-generated (reflection-free, AOT-compatible) JSON metadata for the Spotify Web API models.
/// </summary>
/// <remarks>
/// Property names are snake_case as Spotify sends them; <see langword="null"/> values are omitted when writing.
/// Every root type has an explicit <see cref="JsonSerializableAttribute.TypeInfoPropertyName"/> so that the
/// <c>SpotifyJsonContext.Default.X</c> names stay stable: every public model is registered under its own type name, and
/// closed generic types under the generic name followed by the item type (<c>PageSavedTrack</c>,
/// <c>CursorPagePlayHistory</c>, <c>IReadOnlyListImage</c>). <see cref="PlayableItem"/> is read as its real type by
/// <see cref="PlayableItemJsonConverter"/>; string lists by <see cref="StringListJsonConverter"/>, which drops <c>null</c> entries.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    // Lists of Track and Artist are not here: several tracks or artists by ID keep null for unknown IDs; the lists
    // with non-nullable items of those types name the converter on their property.
    Converters = new[]
    {
        typeof(StringListJsonConverter),
        typeof(ItemListJsonConverter<Image>),
        typeof(ItemListJsonConverter<SimplifiedArtist>),
        typeof(ItemListJsonConverter<Copyright>),
        typeof(ItemListJsonConverter<TimeInterval>),
        typeof(ItemListJsonConverter<PlaylistItemReference>),
        typeof(ItemListJsonConverter<Narrator>),
        typeof(ItemListJsonConverter<Author>),
        typeof(ItemListJsonConverter<TimestampedId>),
        typeof(ItemListJsonConverter<RecommendationSeed>),
        typeof(ItemListJsonConverter<PlayableItem>),
        typeof(ItemListJsonConverter<Device>),
        typeof(ItemListJsonConverter<AudioAnalysisSegment>),
        typeof(ItemListJsonConverter<AudioAnalysisSection>),
    })]
// Responses: albums.
[JsonSerializable(typeof(Album), TypeInfoPropertyName = "Album")]
[JsonSerializable(typeof(SeveralAlbums), TypeInfoPropertyName = "SeveralAlbums")]
[JsonSerializable(typeof(NewReleases), TypeInfoPropertyName = "NewReleases")]
[JsonSerializable(typeof(Page<SimplifiedTrack>), TypeInfoPropertyName = "PageSimplifiedTrack")]
[JsonSerializable(typeof(Page<SavedAlbum>), TypeInfoPropertyName = "PageSavedAlbum")]
[JsonSerializable(typeof(Page<SimplifiedAlbum>), TypeInfoPropertyName = "PageSimplifiedAlbum")]
[JsonSerializable(typeof(IReadOnlyList<bool>), TypeInfoPropertyName = "IReadOnlyListBoolean")]
// Responses: artists.
[JsonSerializable(typeof(Artist), TypeInfoPropertyName = "Artist")]
[JsonSerializable(typeof(SeveralArtists), TypeInfoPropertyName = "SeveralArtists")]
[JsonSerializable(typeof(ArtistTopTracks), TypeInfoPropertyName = "ArtistTopTracks")]
[JsonSerializable(typeof(RelatedArtists), TypeInfoPropertyName = "RelatedArtists")]
[JsonSerializable(typeof(Page<ArtistDiscographyAlbum>), TypeInfoPropertyName = "PageArtistDiscographyAlbum")]
// Responses: tracks.
[JsonSerializable(typeof(Track), TypeInfoPropertyName = "Track")]
[JsonSerializable(typeof(SeveralTracks), TypeInfoPropertyName = "SeveralTracks")]
[JsonSerializable(typeof(Page<SavedTrack>), TypeInfoPropertyName = "PageSavedTrack")]
[JsonSerializable(typeof(Page<Track>), TypeInfoPropertyName = "PageTrack")]
[JsonSerializable(typeof(AudioFeatures), TypeInfoPropertyName = "AudioFeatures")]
[JsonSerializable(typeof(SeveralAudioFeatures), TypeInfoPropertyName = "SeveralAudioFeatures")]
[JsonSerializable(typeof(AudioAnalysis), TypeInfoPropertyName = "AudioAnalysis")]
[JsonSerializable(typeof(Recommendations), TypeInfoPropertyName = "Recommendations")]
[JsonSerializable(typeof(RecommendationGenres), TypeInfoPropertyName = "RecommendationGenres")]
// Responses: shows and episodes.
[JsonSerializable(typeof(Show), TypeInfoPropertyName = "Show")]
[JsonSerializable(typeof(SeveralShows), TypeInfoPropertyName = "SeveralShows")]
[JsonSerializable(typeof(Page<SimplifiedEpisode>), TypeInfoPropertyName = "PageSimplifiedEpisode")]
[JsonSerializable(typeof(Page<SavedShow>), TypeInfoPropertyName = "PageSavedShow")]
[JsonSerializable(typeof(Page<SimplifiedShow>), TypeInfoPropertyName = "PageSimplifiedShow")]
[JsonSerializable(typeof(Episode), TypeInfoPropertyName = "Episode")]
[JsonSerializable(typeof(SeveralEpisodes), TypeInfoPropertyName = "SeveralEpisodes")]
[JsonSerializable(typeof(Page<SavedEpisode>), TypeInfoPropertyName = "PageSavedEpisode")]
// Responses: audiobooks and chapters.
[JsonSerializable(typeof(Audiobook), TypeInfoPropertyName = "Audiobook")]
[JsonSerializable(typeof(SeveralAudiobooks), TypeInfoPropertyName = "SeveralAudiobooks")]
[JsonSerializable(typeof(Page<SimplifiedChapter>), TypeInfoPropertyName = "PageSimplifiedChapter")]
[JsonSerializable(typeof(Page<SavedAudiobook>), TypeInfoPropertyName = "PageSavedAudiobook")]
[JsonSerializable(typeof(Page<SimplifiedAudiobook>), TypeInfoPropertyName = "PageSimplifiedAudiobook")]
[JsonSerializable(typeof(Chapter), TypeInfoPropertyName = "Chapter")]
[JsonSerializable(typeof(SeveralChapters), TypeInfoPropertyName = "SeveralChapters")]
// Responses: playlists.
[JsonSerializable(typeof(Playlist), TypeInfoPropertyName = "Playlist")]
[JsonSerializable(typeof(Page<PlaylistItem>), TypeInfoPropertyName = "PagePlaylistItem")]
[JsonSerializable(typeof(Page<SimplifiedPlaylist>), TypeInfoPropertyName = "PageSimplifiedPlaylist")]
[JsonSerializable(typeof(PlaylistSnapshot), TypeInfoPropertyName = "PlaylistSnapshot")]
[JsonSerializable(typeof(FeaturedPlaylists), TypeInfoPropertyName = "FeaturedPlaylists")]
[JsonSerializable(typeof(CategoryPlaylists), TypeInfoPropertyName = "CategoryPlaylists")]
[JsonSerializable(typeof(IReadOnlyList<Image>), TypeInfoPropertyName = "IReadOnlyListImage")]
// Responses: player.
[JsonSerializable(typeof(PlaybackState), TypeInfoPropertyName = "PlaybackState")]
[JsonSerializable(typeof(CurrentlyPlaying), TypeInfoPropertyName = "CurrentlyPlaying")]
[JsonSerializable(typeof(AvailableDevices), TypeInfoPropertyName = "AvailableDevices")]
[JsonSerializable(typeof(CursorPage<PlayHistory>), TypeInfoPropertyName = "CursorPagePlayHistory")]
[JsonSerializable(typeof(QueueState), TypeInfoPropertyName = "QueueState")]
// Responses: users, follow, search, browse and markets.
[JsonSerializable(typeof(PrivateUser), TypeInfoPropertyName = "PrivateUser")]
[JsonSerializable(typeof(PublicUser), TypeInfoPropertyName = "PublicUser")]
[JsonSerializable(typeof(FollowedArtists), TypeInfoPropertyName = "FollowedArtists")]
[JsonSerializable(typeof(CursorPage<Artist>), TypeInfoPropertyName = "CursorPageArtist")]
[JsonSerializable(typeof(Page<Artist>), TypeInfoPropertyName = "PageArtist")]
[JsonSerializable(typeof(SearchResult), TypeInfoPropertyName = "SearchResult")]
[JsonSerializable(typeof(Category), TypeInfoPropertyName = "Category")]
[JsonSerializable(typeof(BrowseCategories), TypeInfoPropertyName = "BrowseCategories")]
[JsonSerializable(typeof(Page<Category>), TypeInfoPropertyName = "PageCategory")]
[JsonSerializable(typeof(AvailableMarkets), TypeInfoPropertyName = "AvailableMarkets")]
// Request bodies.
[JsonSerializable(typeof(IdsBody), TypeInfoPropertyName = "IdsBody")]
[JsonSerializable(typeof(SaveTracksBody), TypeInfoPropertyName = "SaveTracksBody")]
[JsonSerializable(typeof(TimestampedId), TypeInfoPropertyName = "TimestampedId")]
[JsonSerializable(typeof(CreatePlaylistBody), TypeInfoPropertyName = "CreatePlaylistBody")]
[JsonSerializable(typeof(ChangePlaylistDetailsBody), TypeInfoPropertyName = "ChangePlaylistDetailsBody")]
[JsonSerializable(typeof(AddPlaylistItemsBody), TypeInfoPropertyName = "AddPlaylistItemsBody")]
[JsonSerializable(typeof(ReorderOrReplacePlaylistItemsBody), TypeInfoPropertyName = "ReorderOrReplacePlaylistItemsBody")]
[JsonSerializable(typeof(RemovePlaylistItemsBody), TypeInfoPropertyName = "RemovePlaylistItemsBody")]
[JsonSerializable(typeof(RemovePlaylistTracksBody), TypeInfoPropertyName = "RemovePlaylistTracksBody")]
[JsonSerializable(typeof(PlaylistItemReference), TypeInfoPropertyName = "PlaylistItemReference")]
[JsonSerializable(typeof(FollowPlaylistBody), TypeInfoPropertyName = "FollowPlaylistBody")]
[JsonSerializable(typeof(StartPlaybackBody), TypeInfoPropertyName = "StartPlaybackBody")]
[JsonSerializable(typeof(PlaybackOffset), TypeInfoPropertyName = "PlaybackOffset")]
[JsonSerializable(typeof(TransferPlaybackBody), TypeInfoPropertyName = "TransferPlaybackBody")]
// Albums.
[JsonSerializable(typeof(SimplifiedAlbum), TypeInfoPropertyName = "SimplifiedAlbum")]
[JsonSerializable(typeof(SavedAlbum), TypeInfoPropertyName = "SavedAlbum")]
[JsonSerializable(typeof(AlbumType), TypeInfoPropertyName = "AlbumType")]
[JsonSerializable(typeof(ReleaseDatePrecision), TypeInfoPropertyName = "ReleaseDatePrecision")]
// Artists and tracks.
[JsonSerializable(typeof(SimplifiedArtist), TypeInfoPropertyName = "SimplifiedArtist")]
[JsonSerializable(typeof(SimplifiedTrack), TypeInfoPropertyName = "SimplifiedTrack")]
[JsonSerializable(typeof(LinkedTrack), TypeInfoPropertyName = "LinkedTrack")]
[JsonSerializable(typeof(ArtistDiscographyAlbum), TypeInfoPropertyName = "ArtistDiscographyAlbum")]
[JsonSerializable(typeof(AlbumGroup), TypeInfoPropertyName = "AlbumGroup")]
[JsonSerializable(typeof(SavedTrack), TypeInfoPropertyName = "SavedTrack")]
[JsonSerializable(typeof(AudioAnalysisMeta), TypeInfoPropertyName = "AudioAnalysisMeta")]
[JsonSerializable(typeof(AudioAnalysisTrack), TypeInfoPropertyName = "AudioAnalysisTrack")]
[JsonSerializable(typeof(AudioAnalysisSection), TypeInfoPropertyName = "AudioAnalysisSection")]
[JsonSerializable(typeof(AudioAnalysisSegment), TypeInfoPropertyName = "AudioAnalysisSegment")]
[JsonSerializable(typeof(TimeInterval), TypeInfoPropertyName = "TimeInterval")]
[JsonSerializable(typeof(RecommendationSeed), TypeInfoPropertyName = "RecommendationSeed")]
// Shows, episodes, audiobooks and chapters.
[JsonSerializable(typeof(SimplifiedShow), TypeInfoPropertyName = "SimplifiedShow")]
[JsonSerializable(typeof(SavedShow), TypeInfoPropertyName = "SavedShow")]
[JsonSerializable(typeof(SimplifiedEpisode), TypeInfoPropertyName = "SimplifiedEpisode")]
[JsonSerializable(typeof(SavedEpisode), TypeInfoPropertyName = "SavedEpisode")]
[JsonSerializable(typeof(SimplifiedAudiobook), TypeInfoPropertyName = "SimplifiedAudiobook")]
[JsonSerializable(typeof(SavedAudiobook), TypeInfoPropertyName = "SavedAudiobook")]
[JsonSerializable(typeof(Author), TypeInfoPropertyName = "Author")]
[JsonSerializable(typeof(Narrator), TypeInfoPropertyName = "Narrator")]
[JsonSerializable(typeof(SimplifiedChapter), TypeInfoPropertyName = "SimplifiedChapter")]
[JsonSerializable(typeof(ResumePoint), TypeInfoPropertyName = "ResumePoint")]
// Playlists.
[JsonSerializable(typeof(SimplifiedPlaylist), TypeInfoPropertyName = "SimplifiedPlaylist")]
[JsonSerializable(typeof(PlaylistItem), TypeInfoPropertyName = "PlaylistItem")]
[JsonSerializable(typeof(PlaylistTracksRef), TypeInfoPropertyName = "PlaylistTracksRef")]
[JsonSerializable(typeof(PlaylistUser), TypeInfoPropertyName = "PlaylistUser")]
[JsonSerializable(typeof(PlaylistOwner), TypeInfoPropertyName = "PlaylistOwner")]
// Playable items (polymorphic).
[JsonSerializable(typeof(PlayableItem), TypeInfoPropertyName = "PlayableItem")]
[JsonSerializable(typeof(UnknownPlayableItem), TypeInfoPropertyName = "UnknownPlayableItem")]
// Player.
[JsonSerializable(typeof(Device), TypeInfoPropertyName = "Device")]
[JsonSerializable(typeof(DeviceType), TypeInfoPropertyName = "DeviceType")]
[JsonSerializable(typeof(Context), TypeInfoPropertyName = "Context")]
[JsonSerializable(typeof(PlaybackActions), TypeInfoPropertyName = "PlaybackActions")]
[JsonSerializable(typeof(Disallows), TypeInfoPropertyName = "Disallows")]
[JsonSerializable(typeof(PlayHistory), TypeInfoPropertyName = "PlayHistory")]
[JsonSerializable(typeof(RepeatState), TypeInfoPropertyName = "RepeatState")]
[JsonSerializable(typeof(CurrentlyPlayingType), TypeInfoPropertyName = "CurrentlyPlayingType")]
// Users.
[JsonSerializable(typeof(ExplicitContentSettings), TypeInfoPropertyName = "ExplicitContentSettings")]
[JsonSerializable(typeof(Followers), TypeInfoPropertyName = "Followers")]
// Common.
[JsonSerializable(typeof(Image), TypeInfoPropertyName = "Image")]
[JsonSerializable(typeof(ExternalUrls), TypeInfoPropertyName = "ExternalUrls")]
[JsonSerializable(typeof(ExternalIds), TypeInfoPropertyName = "ExternalIds")]
[JsonSerializable(typeof(Copyright), TypeInfoPropertyName = "Copyright")]
[JsonSerializable(typeof(CopyrightType), TypeInfoPropertyName = "CopyrightType")]
[JsonSerializable(typeof(Restrictions), TypeInfoPropertyName = "Restrictions")]
[JsonSerializable(typeof(RestrictionReason), TypeInfoPropertyName = "RestrictionReason")]
[JsonSerializable(typeof(Cursor), TypeInfoPropertyName = "Cursor")]
internal sealed partial class SpotifyJsonContext : JsonSerializerContext
{
}
