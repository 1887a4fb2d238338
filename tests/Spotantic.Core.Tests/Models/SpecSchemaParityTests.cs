using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

/// <summary>
/// Checks that each model has exactly the JSON properties of the spec schema (or response) it corresponds to, that
/// deprecated and nullable properties are nullable, and that the spec's enums are known values.
/// </summary>
public sealed class SpecSchemaParityTests
{
    // Fields real responses carry that the specification does not list, per model; each is nullable, as older (or other)
    // responses leave it out.
    private static readonly Dictionary<string, string[]> NotInSpec = new(StringComparer.Ordinal)
    {
        ["PlaybackState"] = ["smart_shuffle"],
        ["Album"] = ["is_playable"],
        ["SimplifiedAlbum"] = ["is_playable"],
        ["ArtistDiscographyAlbum"] = ["is_playable"],
    };

    private static OpenApiSchemaReader Spec => OpenApiSchemaReader.Instance;

    [Theory]
    // Albums.
    [InlineData("AlbumObject", "Album")]
    [InlineData("SimplifiedAlbumObject", "SimplifiedAlbum")]
    [InlineData("SavedAlbumObject", "SavedAlbum")]
    [InlineData("PagingSimplifiedAlbumObject", "PageSimplifiedAlbum")]
    [InlineData("PagingSavedAlbumObject", "PageSavedAlbum")]
    [InlineData("response:ManyAlbums", "SeveralAlbums")]
    [InlineData("response:PagedAlbums", "NewReleases")]
    // Artists.
    [InlineData("ArtistObject", "Artist")]
    [InlineData("SimplifiedArtistObject", "SimplifiedArtist")]
    [InlineData("ArtistDiscographyAlbumObject", "ArtistDiscographyAlbum")]
    [InlineData("PagingArtistDiscographyAlbumObject", "PageArtistDiscographyAlbum")]
    [InlineData("PagingArtistObject", "PageArtist")]
    [InlineData("CursorPagingSimplifiedArtistObject", "CursorPageArtist")]
    [InlineData("response:ManyArtists", "SeveralArtists")]
    [InlineData("response:ManyArtists", "RelatedArtists")]
    [InlineData("response:CursorPagedArtists", "FollowedArtists")]
    // Tracks.
    [InlineData("TrackObject", "Track")]
    [InlineData("SimplifiedTrackObject", "SimplifiedTrack")]
    [InlineData("LinkedTrackObject", "LinkedTrack")]
    [InlineData("SavedTrackObject", "SavedTrack")]
    [InlineData("PagingSimplifiedTrackObject", "PageSimplifiedTrack")]
    [InlineData("PagingSavedTrackObject", "PageSavedTrack")]
    [InlineData("PagingTrackObject", "PageTrack")]
    [InlineData("response:ManyTracks", "SeveralTracks")]
    [InlineData("response:ManyTracks", "ArtistTopTracks")]
    [InlineData("AudioFeaturesObject", "AudioFeatures")]
    [InlineData("response:ManyAudioFeatures", "SeveralAudioFeatures")]
    [InlineData("AudioAnalysisObject", "AudioAnalysis")]
    [InlineData("AudioAnalysisObject.meta", "AudioAnalysisMeta")]
    [InlineData("AudioAnalysisObject.track", "AudioAnalysisTrack")]
    [InlineData("TimeIntervalObject", "TimeInterval")]
    [InlineData("SectionObject", "AudioAnalysisSection")]
    [InlineData("SegmentObject", "AudioAnalysisSegment")]
    [InlineData("RecommendationsObject", "Recommendations")]
    [InlineData("RecommendationSeedObject", "RecommendationSeed")]
    [InlineData("response:ManyGenres", "RecommendationGenres")]
    // Shows and episodes.
    [InlineData("ShowObject", "Show")]
    [InlineData("SimplifiedShowObject", "SimplifiedShow")]
    [InlineData("SavedShowObject", "SavedShow")]
    [InlineData("PagingSavedShowObject", "PageSavedShow")]
    [InlineData("PagingSimplifiedShowObject", "PageSimplifiedShow")]
    [InlineData("response:ManySimplifiedShows", "SeveralShows")]
    [InlineData("EpisodeObject", "Episode")]
    [InlineData("SimplifiedEpisodeObject", "SimplifiedEpisode")]
    [InlineData("SavedEpisodeObject", "SavedEpisode")]
    [InlineData("PagingSimplifiedEpisodeObject", "PageSimplifiedEpisode")]
    [InlineData("PagingSavedEpisodeObject", "PageSavedEpisode")]
    [InlineData("response:ManyEpisodes", "SeveralEpisodes")]
    [InlineData("ResumePointObject", "ResumePoint")]
    // Audiobooks and chapters.
    [InlineData("AudiobookObject", "Audiobook")]
    [InlineData("SimplifiedAudiobookObject", "SimplifiedAudiobook")]
    [InlineData("SavedAudiobookObject", "SavedAudiobook")]
    [InlineData("PagingSavedAudiobookObject", "PageSavedAudiobook")]
    [InlineData("PagingSimplifiedAudiobookObject", "PageSimplifiedAudiobook")]
    [InlineData("response:ManyAudiobooks", "SeveralAudiobooks")]
    [InlineData("AuthorObject", "Author")]
    [InlineData("NarratorObject", "Narrator")]
    [InlineData("ChapterObject", "Chapter")]
    [InlineData("SimplifiedChapterObject", "SimplifiedChapter")]
    [InlineData("PagingSimplifiedChapterObject", "PageSimplifiedChapter")]
    [InlineData("response:ManyChapters", "SeveralChapters")]
    // Playlists.
    [InlineData("PlaylistObject", "Playlist")]
    [InlineData("SimplifiedPlaylistObject", "SimplifiedPlaylist")]
    [InlineData("PlaylistTrackObject", "PlaylistItem")]
    [InlineData("PlaylistTracksRefObject", "PlaylistTracksRef")]
    [InlineData("PlaylistUserObject", "PlaylistUser")]
    [InlineData("PlaylistOwnerObject", "PlaylistOwner")]
    [InlineData("PagingPlaylistObject", "PageSimplifiedPlaylist")]
    [InlineData("PagingPlaylistTrackObject", "PagePlaylistItem")]
    [InlineData("PagingFeaturedPlaylistObject", "FeaturedPlaylists")]
    [InlineData("PagingFeaturedPlaylistObject", "CategoryPlaylists")]
    [InlineData("response:PlaylistSnapshotId", "PlaylistSnapshot")]
    // Player.
    [InlineData("CurrentlyPlayingContextObject", "PlaybackState")]
    [InlineData("CurrentlyPlayingObject", "CurrentlyPlaying")]
    [InlineData("DeviceObject", "Device")]
    [InlineData("response:ManyDevices", "AvailableDevices")]
    [InlineData("ContextObject", "Context")]
    [InlineData("DisallowsObject", "Disallows")]
    [InlineData("QueueObject", "QueueState")]
    [InlineData("PlayHistoryObject", "PlayHistory")]
    [InlineData("CursorPagingPlayHistoryObject", "CursorPagePlayHistory")]
    [InlineData("CursorObject", "Cursor")]
    // Users, search, browse and markets.
    [InlineData("PrivateUserObject", "PrivateUser")]
    [InlineData("PublicUserObject", "PublicUser")]
    [InlineData("FollowersObject", "Followers")]
    [InlineData("ExplicitContentSettingsObject", "ExplicitContentSettings")]
    [InlineData("response:SearchItems", "SearchResult")]
    [InlineData("CategoryObject", "Category")]
    [InlineData("response:PagedCategories", "BrowseCategories")]
    [InlineData("response:Markets", "AvailableMarkets")]
    // Common.
    [InlineData("ImageObject", "Image")]
    [InlineData("ExternalUrlObject", "ExternalUrls")]
    [InlineData("ExternalIdObject", "ExternalIds")]
    [InlineData("CopyrightObject", "Copyright")]
    [InlineData("TrackRestrictionObject", "Restrictions")]
    [InlineData("AlbumRestrictionObject", "Restrictions")]
    [InlineData("EpisodeRestrictionObject", "Restrictions")]
    [InlineData("ChapterRestrictionObject", "Restrictions")]
    public void Properties_ModelOfSchema_MatchSpecAndDeprecatedOnesAreNullable(string specName, string model)
    {
        IReadOnlyDictionary<string, SchemaProperty> specProperties = SpecProperties(specName);
        JsonTypeInfo typeInfo = TypeInfo(model);
        Dictionary<string, JsonPropertyInfo> modelProperties = typeInfo.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);

        string[] extra = NotInSpec.GetValueOrDefault(model, []);

        Assert.NotEmpty(specProperties);
        Assert.Equal(specProperties.Keys.Concat(extra).Order(StringComparer.Ordinal), modelProperties.Keys.Order(StringComparer.Ordinal));
        Assert.All(extra, name => Assert.True(modelProperties[name].IsGetNullable, $"{name} is not in the spec but not nullable in {typeInfo.Type.Name}."));
        foreach ((string name, SchemaProperty property) in specProperties)
        {
            if (property.Deprecated || property.Nullable)
            {
                Assert.True(modelProperties[name].IsGetNullable, $"{specName}.{name} is deprecated or nullable in the spec but not nullable in {typeInfo.Type.Name}.");
            }
        }
    }

    [Fact]
    public void Properties_PlaybackActions_AreTheDisallowsFlagsPlusNestedDisallows()
    {
        IEnumerable<string> expected = Spec.GetProperties("DisallowsObject").Keys.Append("disallows");

        IEnumerable<string> actual = SpotifyJsonContext.Default.PlaybackActions.Properties.Select(p => p.Name);

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.All(SpotifyJsonContext.Default.PlaybackActions.Properties, p => Assert.True(p.IsGetNullable, p.Name));
    }

    [Fact]
    public void Properties_UnknownPlayableItem_AreCommonToTracksAndEpisodes()
    {
        HashSet<string> common = Spec.GetProperties("TrackObject").Keys.ToHashSet(StringComparer.Ordinal);
        common.IntersectWith(Spec.GetProperties("EpisodeObject").Keys);

        IList<JsonPropertyInfo> properties = SpotifyJsonContext.Default.UnknownPlayableItem.Properties;
        // An ignored property stays in the contract, without accessors.
        List<string> actual = properties.Where(p => p.Get is not null).Select(p => p.Name).ToList();

        Assert.Equal(common.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        JsonPropertyInfo raw = Assert.Single(properties, p => p.Name == "raw_json");
        Assert.Null(raw.Get);
        Assert.Null(raw.Set);
    }

    [Theory]
    [InlineData("SimplifiedArtistObject", "SimplifiedArtist")]
    [InlineData("SimplifiedTrackObject", "SimplifiedTrack")]
    [InlineData("LinkedTrackObject", "LinkedTrack")]
    [InlineData("TrackRestrictionObject", "Restrictions")]
    [InlineData("AlbumRestrictionObject", "Restrictions")]
    [InlineData("CopyrightObject", "Copyright")]
    [InlineData("ExternalIdObject", "ExternalIds")]
    [InlineData("ExternalUrlObject", "ExternalUrls")]
    [InlineData("SavedAlbumObject", "SavedAlbum")]
    [InlineData("SimplifiedAlbumObject", "SimplifiedAlbum")]
    [InlineData("ArtistDiscographyAlbumObject", "ArtistDiscographyAlbum")]
    [InlineData("SavedTrackObject", "SavedTrack")]
    [InlineData("SectionObject", "AudioAnalysisSection")]
    [InlineData("SegmentObject", "AudioAnalysisSegment")]
    [InlineData("SimplifiedShowObject", "SimplifiedShow")]
    [InlineData("SavedShowObject", "SavedShow")]
    [InlineData("SimplifiedEpisodeObject", "SimplifiedEpisode")]
    [InlineData("SavedEpisodeObject", "SavedEpisode")]
    [InlineData("SimplifiedAudiobookObject", "SimplifiedAudiobook")]
    [InlineData("SimplifiedChapterObject", "SimplifiedChapter")]
    [InlineData("PlaylistTrackObject", "PlaylistItem")]
    [InlineData("SimplifiedPlaylistObject", "SimplifiedPlaylist")]
    [InlineData("PlaylistOwnerObject", "PlaylistOwner")]
    [InlineData("DeviceObject", "Device")]
    [InlineData("PlayHistoryObject", "PlayHistory")]
    [InlineData("TrackObject", "PlayableItem", typeof(Track))]
    [InlineData("EpisodeObject", "PlayableItem", typeof(Episode))]
    public void Deserialize_SchemaExample_ReadsIntoModel(string schemaName, string model, Type? expectedType = null)
    {
        JsonTypeInfo typeInfo = TypeInfo(model);
        string json = Spec.BuildSchemaExample(schemaName).ToJsonString();

        object? value = JsonSerializer.Deserialize(json, typeInfo);

        Assert.NotNull(value);
        Assert.IsType(expectedType ?? typeInfo.Type, value);
        string written = JsonSerializer.Serialize(value, typeInfo);
        Assert.Equal(written, JsonSerializer.Serialize(JsonSerializer.Deserialize(written, typeInfo), typeInfo));
    }

    [Fact]
    public void GetEnum_SpecEnums_AreTheKnownValues()
    {
        Assert.Equal(
            [AlbumType.Album.Value, AlbumType.Single.Value, AlbumType.Compilation.Value],
            Spec.GetEnum("AlbumBase", "album_type"));
        Assert.Equal(
            [ReleaseDatePrecision.Year.Value, ReleaseDatePrecision.Month.Value, ReleaseDatePrecision.Day.Value],
            Spec.GetEnum("AlbumBase", "release_date_precision"));
        Assert.Equal(
            [ReleaseDatePrecision.Year.Value, ReleaseDatePrecision.Month.Value, ReleaseDatePrecision.Day.Value],
            Spec.GetEnum("EpisodeBase", "release_date_precision"));
        Assert.Equal(
            [RestrictionReason.Market.Value, RestrictionReason.Product.Value, RestrictionReason.Explicit.Value],
            Spec.GetEnum("AlbumRestrictionObject", "reason"));
        Assert.Equal(
            [AlbumGroup.Album.Value, AlbumGroup.Single.Value, AlbumGroup.Compilation.Value, AlbumGroup.AppearsOn.Value],
            Spec.GetEnum("ArtistDiscographyAlbumObject", "album_group"));
    }

    internal static JsonTypeInfo TypeInfo(string propertyName)
        => typeof(SpotifyJsonContext).GetProperty(propertyName)?.GetValue(SpotifyJsonContext.Default) as JsonTypeInfo
            ?? throw new ArgumentOutOfRangeException(nameof(propertyName), propertyName, "SpotifyJsonContext has no such type info.");

    private static Dictionary<string, SchemaProperty> SpecProperties(string specName)
    {
        const string ResponsePrefix = "response:";
        if (specName.StartsWith(ResponsePrefix, StringComparison.Ordinal))
        {
            return Spec.GetResponseProperties(specName[ResponsePrefix.Length..]);
        }

        int dot = specName.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? Spec.GetProperties(specName) : Spec.GetProperties(specName[..dot], specName[(dot + 1)..]);
    }
}
