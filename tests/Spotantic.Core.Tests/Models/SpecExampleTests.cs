using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

/// <summary>
/// Builds the JSON body of every 2xx response an operation of the OpenAPI spec returns from the spec's examples and checks
/// that the model chosen for that operation reads it.
/// </summary>
public sealed class SpecExampleTests
{
    private const string ImageUrl = "https://i.scdn.co/image/ab67616d00001e02ff9ca10b55ce82ae553c8228";
    private const string PageHref = "https://api.spotify.com/v1/me/shows?offset=0&limit=20";
    private const string PageLink = "https://api.spotify.com/v1/me/shows?offset=1&limit=1";
    private const string AlbumId = "2up3OPMp9Tb4dAKM2erWXQ";
    private const string EpisodeId = "5Xt5DXGzch68nYYamXrNxZ";

    /// <summary>The model each operation's success response is read into.</summary>
    internal static readonly IReadOnlyDictionary<string, JsonTypeInfo> OperationModels = new Dictionary<string, JsonTypeInfo>(StringComparer.Ordinal)
    {
        ["get-an-album"] = SpotifyJsonContext.Default.Album,
        ["get-multiple-albums"] = SpotifyJsonContext.Default.SeveralAlbums,
        ["get-an-albums-tracks"] = SpotifyJsonContext.Default.PageSimplifiedTrack,
        ["get-an-artist"] = SpotifyJsonContext.Default.Artist,
        ["get-multiple-artists"] = SpotifyJsonContext.Default.SeveralArtists,
        ["get-an-artists-albums"] = SpotifyJsonContext.Default.PageArtistDiscographyAlbum,
        ["get-an-artists-top-tracks"] = SpotifyJsonContext.Default.ArtistTopTracks,
        ["get-an-artists-related-artists"] = SpotifyJsonContext.Default.RelatedArtists,
        ["get-a-show"] = SpotifyJsonContext.Default.Show,
        ["get-multiple-shows"] = SpotifyJsonContext.Default.SeveralShows,
        ["get-a-shows-episodes"] = SpotifyJsonContext.Default.PageSimplifiedEpisode,
        ["get-an-episode"] = SpotifyJsonContext.Default.Episode,
        ["get-multiple-episodes"] = SpotifyJsonContext.Default.SeveralEpisodes,
        ["get-an-audiobook"] = SpotifyJsonContext.Default.Audiobook,
        ["get-multiple-audiobooks"] = SpotifyJsonContext.Default.SeveralAudiobooks,
        ["get-audiobook-chapters"] = SpotifyJsonContext.Default.PageSimplifiedChapter,
        ["get-users-saved-audiobooks"] = SpotifyJsonContext.Default.PageSavedAudiobook,
        ["check-users-saved-audiobooks"] = SpotifyJsonContext.Default.IReadOnlyListBoolean,
        ["get-a-chapter"] = SpotifyJsonContext.Default.Chapter,
        ["get-several-chapters"] = SpotifyJsonContext.Default.SeveralChapters,
        ["get-track"] = SpotifyJsonContext.Default.Track,
        ["get-several-tracks"] = SpotifyJsonContext.Default.SeveralTracks,
        ["search"] = SpotifyJsonContext.Default.SearchResult,
        ["get-current-users-profile"] = SpotifyJsonContext.Default.PrivateUser,
        ["get-playlist"] = SpotifyJsonContext.Default.Playlist,
        ["get-playlists-tracks"] = SpotifyJsonContext.Default.PagePlaylistItem,
        ["add-tracks-to-playlist"] = SpotifyJsonContext.Default.PlaylistSnapshot,
        ["reorder-or-replace-playlists-tracks"] = SpotifyJsonContext.Default.PlaylistSnapshot,
        ["remove-tracks-playlist"] = SpotifyJsonContext.Default.PlaylistSnapshot,
        ["get-playlists-items"] = SpotifyJsonContext.Default.PagePlaylistItem,
        ["add-items-to-playlist"] = SpotifyJsonContext.Default.PlaylistSnapshot,
        ["reorder-or-replace-playlists-items"] = SpotifyJsonContext.Default.PlaylistSnapshot,
        ["remove-items-playlist"] = SpotifyJsonContext.Default.PlaylistSnapshot,
        ["get-a-list-of-current-users-playlists"] = SpotifyJsonContext.Default.PageSimplifiedPlaylist,
        ["create-playlist"] = SpotifyJsonContext.Default.Playlist,
        ["check-library-contains"] = SpotifyJsonContext.Default.IReadOnlyListBoolean,
        ["get-users-saved-albums"] = SpotifyJsonContext.Default.PageSavedAlbum,
        ["check-users-saved-albums"] = SpotifyJsonContext.Default.IReadOnlyListBoolean,
        ["get-users-saved-tracks"] = SpotifyJsonContext.Default.PageSavedTrack,
        ["check-users-saved-tracks"] = SpotifyJsonContext.Default.IReadOnlyListBoolean,
        ["get-users-saved-episodes"] = SpotifyJsonContext.Default.PageSavedEpisode,
        ["check-users-saved-episodes"] = SpotifyJsonContext.Default.IReadOnlyListBoolean,
        ["get-users-saved-shows"] = SpotifyJsonContext.Default.PageSavedShow,
        ["check-users-saved-shows"] = SpotifyJsonContext.Default.IReadOnlyListBoolean,
        ["get-users-profile"] = SpotifyJsonContext.Default.PublicUser,
        ["get-list-users-playlists"] = SpotifyJsonContext.Default.PageSimplifiedPlaylist,
        ["create-playlist-for-user"] = SpotifyJsonContext.Default.Playlist,
        ["get-featured-playlists"] = SpotifyJsonContext.Default.FeaturedPlaylists,
        ["get-categories"] = SpotifyJsonContext.Default.BrowseCategories,
        ["get-a-category"] = SpotifyJsonContext.Default.Category,
        ["get-a-categories-playlists"] = SpotifyJsonContext.Default.CategoryPlaylists,
        ["get-playlist-cover"] = SpotifyJsonContext.Default.IReadOnlyListImage,
        ["get-new-releases"] = SpotifyJsonContext.Default.NewReleases,
        ["get-followed"] = SpotifyJsonContext.Default.FollowedArtists,
        ["check-current-user-follows"] = SpotifyJsonContext.Default.IReadOnlyListBoolean,
        ["check-if-user-follows-playlist"] = SpotifyJsonContext.Default.IReadOnlyListBoolean,
        ["get-several-audio-features"] = SpotifyJsonContext.Default.SeveralAudioFeatures,
        ["get-audio-features"] = SpotifyJsonContext.Default.AudioFeatures,
        ["get-audio-analysis"] = SpotifyJsonContext.Default.AudioAnalysis,
        ["get-recommendations"] = SpotifyJsonContext.Default.Recommendations,
        ["get-recommendation-genres"] = SpotifyJsonContext.Default.RecommendationGenres,
        ["get-information-about-the-users-current-playback"] = SpotifyJsonContext.Default.PlaybackState,
        ["get-a-users-available-devices"] = SpotifyJsonContext.Default.AvailableDevices,
        ["get-the-users-currently-playing-track"] = SpotifyJsonContext.Default.CurrentlyPlaying,
        ["get-recently-played"] = SpotifyJsonContext.Default.CursorPagePlayHistory,
        ["get-queue"] = SpotifyJsonContext.Default.QueueState,
        ["get-available-markets"] = SpotifyJsonContext.Default.AvailableMarkets,
        ["get-users-top-artists"] = SpotifyJsonContext.Default.PageArtist,
        ["get-users-top-tracks"] = SpotifyJsonContext.Default.PageTrack,
    };

    private static OpenApiSchemaReader Spec => OpenApiSchemaReader.Instance;

    public static TheoryData<string, string> SuccessResponses()
    {
        var data = new TheoryData<string, string>();
        foreach ((string operationId, string responseName) in Spec.GetSuccessResponses())
        {
            data.Add(operationId, responseName);
        }

        return data;
    }

    [Fact]
    public void OperationModels_EveryOperationWithAJsonResponse_HasExactlyOneModel()
    {
        IReadOnlyList<(string OperationId, string ResponseName)> responses = Spec.GetSuccessResponses();

        Assert.Equal(responses.Count, responses.Select(r => r.OperationId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            responses.Select(r => r.OperationId).Order(StringComparer.Ordinal),
            OperationModels.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(69, responses.Count);
    }

    [Theory]
    [MemberData(nameof(SuccessResponses))]
    public void Deserialize_OperationResponseExample_ReadsIntoItsModelAndRoundTrips(string operationId, string responseName)
    {
        JsonTypeInfo typeInfo = OperationModels[operationId];
        string json = Spec.BuildResponseExample(responseName).ToJsonString();

        object? model = JsonSerializer.Deserialize(json, typeInfo);
        string written = JsonSerializer.Serialize(model, typeInfo);
        object? again = JsonSerializer.Deserialize(written, typeInfo);

        Assert.NotNull(model);
        Assert.Equal(written, JsonSerializer.Serialize(again, typeInfo));
        Assert.NotEqual("{}", written);
    }

    [Fact]
    public void Deserialize_OneAlbumExample_MapsAlbum()
    {
        Album album = Read("OneAlbum", SpotifyJsonContext.Default.Album);

        AssertAlbumBase(album.AlbumType, album.TotalTracks, album.AvailableMarkets, album.Id, album.Images, album.ReleaseDate, album.ReleaseDatePrecision, album.Uri);
        Assert.Single(album.Artists);
        Assert.Equal(RestrictionReason.Market, album.Restrictions?.Reason);
        Assert.Single(album.Copyrights);
        Assert.NotNull(album.Genres);
        Assert.Empty(album.Genres);
        AssertPageExample(album.Tracks);
        SimplifiedTrack track = Assert.Single(album.Tracks.Items);
        Assert.Single(track.Artists);
        Assert.NotNull(track.LinkedFrom);
        Assert.NotNull(track.Restrictions);
    }

    [Fact]
    public void Deserialize_ManyAlbumsExample_MapsSeveralAlbums()
    {
        SeveralAlbums several = Read("ManyAlbums", SpotifyJsonContext.Default.SeveralAlbums);

        Album? album = Assert.Single(several.Albums);
        Assert.NotNull(album);
        Assert.Equal(AlbumId, album.Id);
        Assert.Equal(AlbumType.Compilation, album.AlbumType);
        AssertPageExample(album.Tracks);
    }

    [Fact]
    public void Deserialize_PagedAlbumsExample_MapsNewReleases()
    {
        NewReleases releases = Read("PagedAlbums", SpotifyJsonContext.Default.NewReleases);

        AssertPageExample(releases.Albums);
        SimplifiedAlbum album = Assert.Single(releases.Albums.Items);
        AssertAlbumBase(album.AlbumType, album.TotalTracks, album.AvailableMarkets, album.Id, album.Images, album.ReleaseDate, album.ReleaseDatePrecision, album.Uri);
        Assert.Single(album.Artists);
    }

    [Fact]
    public void Deserialize_PagingSavedAlbumObjectExample_MapsSavedAlbums()
    {
        Page<SavedAlbum> page = Read("PagingSavedAlbumObject", SpotifyJsonContext.Default.PageSavedAlbum);

        AssertPageExample(page);
        SavedAlbum saved = Assert.Single(page.Items);
        Assert.Equal(AlbumId, saved.Album.Id);
        Assert.Equal(9, saved.Album.TotalTracks);
        AssertPageExample(saved.Album.Tracks);
    }

    [Fact]
    public void Deserialize_PagingSimplifiedTrackObjectExample_MapsTracks()
    {
        Page<SimplifiedTrack> page = Read("PagingSimplifiedTrackObject", SpotifyJsonContext.Default.PageSimplifiedTrack);

        AssertPageExample(page);
        SimplifiedTrack track = Assert.Single(page.Items);
        Assert.Equal("artist", Assert.Single(track.Artists).Type);
        Assert.NotNull(track.LinkedFrom);
        Assert.NotNull(track.Restrictions);
        Assert.Null(track.Id);
    }

    [Fact]
    public void Deserialize_PagingSimplifiedAlbumObjectSchemaExample_MapsAlbums()
    {
        Page<SimplifiedAlbum>? page = JsonSerializer.Deserialize(Spec.BuildSchemaExample("PagingSimplifiedAlbumObject").ToJsonString(), SpotifyJsonContext.Default.PageSimplifiedAlbum);

        Assert.NotNull(page);
        AssertPageExample(page);
        Assert.Equal(ReleaseDatePrecision.Year, Assert.Single(page.Items).ReleaseDatePrecision);
    }

    [Fact]
    public void Deserialize_ArrayOfBooleansExample_MapsBooleans()
    {
        IReadOnlyList<bool> values = Read("ArrayOfBooleans", SpotifyJsonContext.Default.IReadOnlyListBoolean);

        Assert.Equal([false, true], values);
    }

    [Fact]
    public void Deserialize_SingletonArrayOfBooleanExample_MapsOneBoolean()
    {
        IReadOnlyList<bool> values = Read("SingletonArrayOfBoolean", SpotifyJsonContext.Default.IReadOnlyListBoolean);

        Assert.True(Assert.Single(values));
    }

    [Fact]
    public void Deserialize_ImageObjectSchemaExample_MapsImage()
    {
        Image? image = JsonSerializer.Deserialize(Spec.BuildSchemaExample("ImageObject").ToJsonString(), SpotifyJsonContext.Default.Image);

        Assert.NotNull(image);
        AssertImageExample(image);
    }

    [Fact]
    public void Deserialize_ArrayOfImagesExample_MapsPlaylistCover()
    {
        IReadOnlyList<Image> images = Read("ArrayOfImages", SpotifyJsonContext.Default.IReadOnlyListImage);

        AssertImageExample(Assert.Single(images));
    }

    [Fact]
    public void Deserialize_OneArtistExample_MapsArtist()
    {
        Artist artist = Read("OneArtist", SpotifyJsonContext.Default.Artist);

        AssertArtistExample(artist);
    }

    [Fact]
    public void Deserialize_ManyArtistsExample_MapsSeveralAndRelatedArtists()
    {
        SeveralArtists several = Read("ManyArtists", SpotifyJsonContext.Default.SeveralArtists);
        RelatedArtists related = Read("ManyArtists", SpotifyJsonContext.Default.RelatedArtists);

        Artist? artist = Assert.Single(several.Artists);
        Assert.NotNull(artist);
        AssertArtistExample(artist);
        AssertArtistExample(Assert.Single(related.Artists));
    }

    [Fact]
    public void Deserialize_PagingArtistDiscographyAlbumObjectExample_MapsAlbumGroup()
    {
        Page<ArtistDiscographyAlbum> page = Read("PagingArtistDiscographyAlbumObject", SpotifyJsonContext.Default.PageArtistDiscographyAlbum);

        AssertPageExample(page);
        ArtistDiscographyAlbum album = Assert.Single(page.Items);
        AssertAlbumBase(album.AlbumType, album.TotalTracks, album.AvailableMarkets, album.Id, album.Images, album.ReleaseDate, album.ReleaseDatePrecision, album.Uri);
        Assert.Equal(AlbumGroup.Compilation, album.AlbumGroup);
        Assert.Single(album.Artists);
    }

    [Fact]
    public void Deserialize_PagingArtistObjectExample_MapsTopArtists()
    {
        Page<Artist> page = Read("PagingArtistObject", SpotifyJsonContext.Default.PageArtist);

        AssertPageExample(page);
        AssertArtistExample(Assert.Single(page.Items));
    }

    [Fact]
    public void Deserialize_CursorPagedArtistsExample_MapsFollowedArtists()
    {
        FollowedArtists followed = Read("CursorPagedArtists", SpotifyJsonContext.Default.FollowedArtists);

        AssertArtistExample(Assert.Single(followed.Artists.Items));
        Assert.Null(followed.Artists.Cursors.After);
        Assert.Null(followed.Artists.Next);
    }

    [Fact]
    public void Deserialize_OneTrackExample_MapsTrack()
    {
        Track track = Read("OneTrack", SpotifyJsonContext.Default.Track);

        AssertTrackExample(track);
    }

    [Fact]
    public void Deserialize_ManyTracksExample_MapsSeveralTracksAndTopTracks()
    {
        SeveralTracks several = Read("ManyTracks", SpotifyJsonContext.Default.SeveralTracks);
        ArtistTopTracks top = Read("ManyTracks", SpotifyJsonContext.Default.ArtistTopTracks);

        Track? track = Assert.Single(several.Tracks);
        Assert.NotNull(track);
        AssertTrackExample(track);
        AssertTrackExample(Assert.Single(top.Tracks));
    }

    [Fact]
    public void Deserialize_PagingTrackObjectExample_MapsTopTracks()
    {
        Page<Track> page = Read("PagingTrackObject", SpotifyJsonContext.Default.PageTrack);

        AssertPageExample(page);
        AssertTrackExample(Assert.Single(page.Items));
    }

    [Fact]
    public void Deserialize_PagingSavedTrackObjectExample_MapsSavedTracks()
    {
        Page<SavedTrack> page = Read("PagingSavedTrackObject", SpotifyJsonContext.Default.PageSavedTrack);

        AssertPageExample(page);
        AssertTrackExample(Assert.Single(page.Items).Track);
    }

    [Fact]
    public void Deserialize_OneAudioFeaturesExample_MapsAudioFeatures()
    {
        AudioFeatures features = Read("OneAudioFeatures", SpotifyJsonContext.Default.AudioFeatures);

        AssertAudioFeaturesExample(features);
    }

    [Fact]
    public void Deserialize_ManyAudioFeaturesExample_MapsSeveralAudioFeatures()
    {
        SeveralAudioFeatures several = Read("ManyAudioFeatures", SpotifyJsonContext.Default.SeveralAudioFeatures);

        AudioFeatures? features = Assert.Single(several.AudioFeatures);
        Assert.NotNull(features);
        AssertAudioFeaturesExample(features);
    }

    [Fact]
    public void Deserialize_OneAudioAnalysisExample_MapsAnalysis()
    {
        AudioAnalysis analysis = Read("OneAudioAnalysis", SpotifyJsonContext.Default.AudioAnalysis);

        Assert.Equal("4.0.0", analysis.Meta.AnalyzerVersion);
        Assert.Equal("Linux", analysis.Meta.Platform);
        Assert.Equal("OK", analysis.Meta.DetailedStatus);
        Assert.Equal(0, analysis.Meta.StatusCode);
        Assert.Equal(1495193577L, analysis.Meta.Timestamp);
        Assert.Equal(6.93906, analysis.Meta.AnalysisTime);
        Assert.Equal("libvorbisfile L+R 44100->22050", analysis.Meta.InputProcess);
        Assert.Equal(4585515L, analysis.Track.NumSamples);
        Assert.Equal(207.95985, analysis.Track.Duration);
        Assert.Equal(22050, analysis.Track.AnalysisSampleRate);
        Assert.Equal(1, analysis.Track.AnalysisChannels);
        Assert.Equal(201.13705, analysis.Track.StartOfFadeOut);
        Assert.Equal(-5.883, analysis.Track.Loudness);
        Assert.Equal(118.211, analysis.Track.Tempo);
        Assert.Equal(4, analysis.Track.TimeSignature);
        Assert.Equal(9, analysis.Track.Key);
        Assert.Equal(0, analysis.Track.Mode);
        Assert.Equal(3.15, analysis.Track.CodeVersion);
        Assert.Equal(4.15, analysis.Track.EchoprintVersion);
        TimeInterval bar = Assert.Single(analysis.Bars);
        Assert.Equal(0.49567, bar.Start);
        Assert.Equal(2.18749, bar.Duration);
        Assert.Equal(0.925, bar.Confidence);
        Assert.Equal(bar, Assert.Single(analysis.Beats));
        Assert.Equal(bar, Assert.Single(analysis.Tatums));
        AudioAnalysisSection section = Assert.Single(analysis.Sections);
        Assert.Equal(6.97092, section.Duration);
        Assert.Equal(-14.938, section.Loudness);
        Assert.Equal(113.178, section.Tempo);
        Assert.Equal(-1, section.Mode);
        Assert.Equal(4, section.TimeSignature);
        AudioAnalysisSegment segment = Assert.Single(analysis.Segments);
        Assert.Equal(0.70154, segment.Start);
        Assert.Equal(-23.053, segment.LoudnessStart);
        Assert.Equal(-14.25, segment.LoudnessMax);
        Assert.Equal([0.212, 0.141, 0.294], segment.Pitches);
        Assert.Equal([42.115, 64.373, -0.233], segment.Timbre);
    }

    [Fact]
    public void Deserialize_OneRecommendationsExample_MapsSeedsAndTracks()
    {
        Recommendations recommendations = Read("OneRecommendations", SpotifyJsonContext.Default.Recommendations);

        RecommendationSeed seed = Assert.Single(recommendations.Seeds);
        Assert.Equal("", seed.Id);
        Assert.Null(seed.Href);
        AssertTrackExample(Assert.Single(recommendations.Tracks));
    }

    [Fact]
    public void Deserialize_ManyGenresExample_MapsGenres()
    {
        RecommendationGenres genres = Read("ManyGenres", SpotifyJsonContext.Default.RecommendationGenres);

        Assert.Equal(["alternative", "samba"], genres.Genres);
    }

    [Fact]
    public void Deserialize_OneShowExample_MapsShowWithEpisodes()
    {
        Show show = Read("OneShow", SpotifyJsonContext.Default.Show);

        Assert.Equal("show", show.Type);
        Assert.Single(show.Copyrights);
        AssertImageExample(Assert.Single(show.Images));
        AssertPageExample(show.Episodes);
        AssertSimplifiedEpisodeExample(Assert.Single(show.Episodes.Items));
    }

    [Fact]
    public void Deserialize_ManySimplifiedShowsExample_MapsSeveralShows()
    {
        SeveralShows several = Read("ManySimplifiedShows", SpotifyJsonContext.Default.SeveralShows);

        SimplifiedShow? show = Assert.Single(several.Shows);
        Assert.NotNull(show);
        Assert.Equal("show", show.Type);
        AssertImageExample(Assert.Single(show.Images));
    }

    [Fact]
    public void Deserialize_PagingSavedShowObjectExample_MapsSavedShows()
    {
        Page<SavedShow> page = Read("PagingSavedShowObject", SpotifyJsonContext.Default.PageSavedShow);

        AssertPageExample(page);
        SavedShow saved = Assert.Single(page.Items);
        Assert.Equal("show", saved.Show.Type);
        Assert.Single(saved.Show.Copyrights);
    }

    [Fact]
    public void Deserialize_PagingSimplifiedEpisodeObjectExample_MapsEpisodes()
    {
        Page<SimplifiedEpisode> page = Read("PagingSimplifiedEpisodeObject", SpotifyJsonContext.Default.PageSimplifiedEpisode);

        AssertPageExample(page);
        AssertSimplifiedEpisodeExample(Assert.Single(page.Items));
    }

    [Fact]
    public void Deserialize_OneEpisodeExample_MapsEpisodeWithShow()
    {
        Episode episode = Read("OneEpisode", SpotifyJsonContext.Default.Episode);

        AssertEpisodeExample(episode);
    }

    [Fact]
    public void Deserialize_ManyEpisodesExample_MapsSeveralEpisodes()
    {
        SeveralEpisodes several = Read("ManyEpisodes", SpotifyJsonContext.Default.SeveralEpisodes);

        Episode? episode = Assert.Single(several.Episodes);
        Assert.NotNull(episode);
        AssertEpisodeExample(episode);
    }

    [Fact]
    public void Deserialize_PagingSavedEpisodeObjectExample_MapsSavedEpisodes()
    {
        Page<SavedEpisode> page = Read("PagingSavedEpisodeObject", SpotifyJsonContext.Default.PageSavedEpisode);

        AssertPageExample(page);
        AssertEpisodeExample(Assert.Single(page.Items).Episode);
    }

    [Fact]
    public void Deserialize_OneAudiobookExample_MapsAudiobookWithChapters()
    {
        Audiobook audiobook = Read("OneAudiobook", SpotifyJsonContext.Default.Audiobook);

        AssertAudiobookExample(audiobook);
    }

    [Fact]
    public void Deserialize_ManyAudiobooksExample_MapsSeveralAudiobooks()
    {
        SeveralAudiobooks several = Read("ManyAudiobooks", SpotifyJsonContext.Default.SeveralAudiobooks);

        Audiobook? audiobook = Assert.Single(several.Audiobooks);
        Assert.NotNull(audiobook);
        AssertAudiobookExample(audiobook);
    }

    [Fact]
    public void Deserialize_PagingSavedAudiobookObjectExample_MapsSavedAudiobooks()
    {
        Page<SavedAudiobook> page = Read("PagingSavedAudiobookObject", SpotifyJsonContext.Default.PageSavedAudiobook);

        AssertPageExample(page);
        AssertAudiobookExample(Assert.Single(page.Items).Audiobook);
    }

    [Fact]
    public void Deserialize_PagingSimplifiedChapterObjectExample_MapsChapters()
    {
        Page<SimplifiedChapter> page = Read("PagingSimplifiedChapterObject", SpotifyJsonContext.Default.PageSimplifiedChapter);

        AssertPageExample(page);
        SimplifiedChapter chapter = Assert.Single(page.Items);
        Assert.Equal(1, chapter.ChapterNumber);
        Assert.Equal(1686230, chapter.DurationMs);
        Assert.Equal(EpisodeId, chapter.Id);
        Assert.Equal(ReleaseDatePrecision.Day, chapter.ReleaseDatePrecision);
    }

    [Fact]
    public void Deserialize_OneChapterExample_MapsChapterWithAudiobook()
    {
        Chapter chapter = Read("OneChapter", SpotifyJsonContext.Default.Chapter);

        AssertChapterExample(chapter);
    }

    [Fact]
    public void Deserialize_ManyChaptersExample_MapsSeveralChapters()
    {
        SeveralChapters several = Read("ManyChapters", SpotifyJsonContext.Default.SeveralChapters);

        Chapter? chapter = Assert.Single(several.Chapters);
        Assert.NotNull(chapter);
        AssertChapterExample(chapter);
    }

    [Fact]
    public void Deserialize_SearchItemsExample_MapsEveryPage()
    {
        SearchResult result = Read("SearchItems", SpotifyJsonContext.Default.SearchResult);

        Assert.NotNull(result.Tracks);
        AssertPageExample(result.Tracks);
        AssertTrackExample(Assert.Single(result.Tracks.Items));
        Assert.NotNull(result.Artists);
        AssertArtistExample(Assert.Single(result.Artists.Items));
        Assert.NotNull(result.Albums);
        Assert.Equal(AlbumId, Assert.Single(result.Albums.Items).Id);
        Assert.NotNull(result.Playlists);
        SimplifiedPlaylist? playlist = Assert.Single(result.Playlists.Items);
        Assert.NotNull(playlist);
        AssertImageExample(Assert.Single(playlist.Images));
        Assert.NotNull(result.Shows);
        Assert.Equal("show", Assert.Single(result.Shows.Items).Type);
        Assert.NotNull(result.Episodes);
        AssertSimplifiedEpisodeExample(Assert.Single(result.Episodes.Items));
        Assert.NotNull(result.Audiobooks);
        Assert.Equal("Unabridged", Assert.Single(result.Audiobooks.Items).Edition);
    }

    [Fact]
    public void Deserialize_OnePrivateUserExample_MapsAccountId()
    {
        PrivateUser user = Read("OnePrivateUser", SpotifyJsonContext.Default.PrivateUser);

        Assert.Equal("aB3dE5fG7h", user.AccountId);
        Assert.NotNull(user.ExplicitContent);
        Assert.False(user.ExplicitContent.FilterEnabled);
        Assert.NotNull(user.Followers);
        AssertImageExample(Assert.Single(user.Images));
        Assert.Null(user.Email);
        Assert.Null(user.Country);
        Assert.Null(user.Product);
    }

    [Fact]
    public void Deserialize_OnePublicUserExample_MapsUser()
    {
        PublicUser user = Read("OnePublicUser", SpotifyJsonContext.Default.PublicUser);

        Assert.Equal("user", user.Type);
        Assert.NotNull(user.Followers);
        AssertImageExample(Assert.Single(user.Images));
        Assert.Null(user.DisplayName);
    }

    [Fact]
    public void Deserialize_OnePlaylistExample_MapsItemsAndDeprecatedTracks()
    {
        Playlist playlist = Read("OnePlaylist", SpotifyJsonContext.Default.Playlist);

        AssertImageExample(Assert.Single(playlist.Images));
        Assert.Equal("user", playlist.Owner.Type);
        Assert.NotNull(playlist.Items);
        AssertPageExample(playlist.Items);
        PlaylistItem item = Assert.Single(playlist.Items.Items);
        Assert.Equal("user", item.AddedBy?.Type);
        AssertTrackExample(Assert.IsType<Track>(item.Item));
        AssertTrackExample(Assert.IsType<Track>(item.Track));
        Assert.NotNull(playlist.Tracks);
        AssertPageExample(playlist.Tracks);
        AssertTrackExample(Assert.IsType<Track>(Assert.Single(playlist.Tracks.Items).Item));
    }

    [Fact]
    public void Deserialize_PagingPlaylistTrackObjectExampleWithEpisodes_MapsEpisodeItems()
    {
        string json = Spec.BuildResponseExample("PagingPlaylistTrackObject", oneOf: "EpisodeObject").ToJsonString();

        Page<PlaylistItem>? page = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PagePlaylistItem);

        Assert.NotNull(page);
        AssertPageExample(page);
        PlaylistItem item = Assert.Single(page.Items);
        AssertEpisodeExample(Assert.IsType<Episode>(item.Item));
        AssertEpisodeExample(Assert.IsType<Episode>(item.Track));
    }

    [Fact]
    public void Deserialize_PagingPlaylistTrackObjectExample_MapsTrackItems()
    {
        Page<PlaylistItem> page = Read("PagingPlaylistTrackObject", SpotifyJsonContext.Default.PagePlaylistItem);

        AssertPageExample(page);
        AssertTrackExample(Assert.IsType<Track>(Assert.Single(page.Items).Item));
    }

    [Fact]
    public void Deserialize_PagedPlaylistsExample_MapsSimplifiedPlaylists()
    {
        Page<SimplifiedPlaylist> page = Read("PagedPlaylists", SpotifyJsonContext.Default.PageSimplifiedPlaylist);

        AssertPageExample(page);
        SimplifiedPlaylist playlist = Assert.Single(page.Items);
        AssertImageExample(Assert.Single(playlist.Images));
        Assert.Equal("user", playlist.Owner.Type);
        Assert.Equal(0, playlist.Items?.Total);
        Assert.NotNull(playlist.Tracks);
    }

    [Fact]
    public void Deserialize_PagedFeaturedPlaylistsExample_MapsFeaturedAndCategoryPlaylists()
    {
        FeaturedPlaylists featured = Read("PagedFeaturedPlaylists", SpotifyJsonContext.Default.FeaturedPlaylists);
        CategoryPlaylists category = Read("PagedFeaturedPlaylists", SpotifyJsonContext.Default.CategoryPlaylists);

        Assert.Equal("Popular Playlists", featured.Message);
        AssertPageExample(featured.Playlists);
        Assert.Equal("user", Assert.Single(featured.Playlists.Items)?.Owner.Type);
        Assert.Equal("Popular Playlists", category.Message);
        AssertPageExample(category.Playlists);
    }

    [Fact]
    public void Deserialize_PlaylistSnapshotIdExample_MapsSnapshotId()
    {
        PlaylistSnapshot snapshot = Read("PlaylistSnapshotId", SpotifyJsonContext.Default.PlaylistSnapshot);

        Assert.Equal("abc", snapshot.SnapshotId);
    }

    [Fact]
    public void Deserialize_OneCategoryExample_MapsCategory()
    {
        Category category = Read("OneCategory", SpotifyJsonContext.Default.Category);

        Assert.Equal("equal", category.Id);
        Assert.Equal("EQUAL", category.Name);
        AssertImageExample(Assert.Single(category.Icons));
    }

    [Fact]
    public void Deserialize_PagedCategoriesExample_MapsCategories()
    {
        BrowseCategories categories = Read("PagedCategories", SpotifyJsonContext.Default.BrowseCategories);

        AssertPageExample(categories.Categories);
        Assert.Equal("equal", Assert.Single(categories.Categories.Items).Id);
    }

    [Fact]
    public void Deserialize_MarketsExample_MapsMarkets()
    {
        AvailableMarkets markets = Read("Markets", SpotifyJsonContext.Default.AvailableMarkets);

        Assert.Equal(["CA", "BR", "IT"], markets.Markets);
    }

    [Fact]
    public void Deserialize_OneCurrentlyPlayingExample_MapsPlaybackStateWithTrack()
    {
        PlaybackState state = Read("OneCurrentlyPlaying", SpotifyJsonContext.Default.PlaybackState);

        AssertDeviceExample(state.Device);
        Assert.NotNull(state.Context);
        AssertTrackExample(Assert.IsType<Track>(state.Item));
        Assert.Null(state.Actions.Disallows);
        Assert.Null(state.Actions.Pausing);
    }

    [Fact]
    public void Deserialize_OneCurrentlyPlayingExampleWithEpisode_MapsPlaybackStateWithEpisode()
    {
        string json = Spec.BuildResponseExample("OneCurrentlyPlaying", oneOf: "EpisodeObject").ToJsonString();

        PlaybackState? state = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlaybackState);

        Assert.NotNull(state);
        AssertDeviceExample(state.Device);
        AssertEpisodeExample(Assert.IsType<Episode>(state.Item));
    }

    [Fact]
    public void Deserialize_OneCurrentlyPlayingTrackExample_MapsCurrentlyPlaying()
    {
        CurrentlyPlaying playing = Read("OneCurrentlyPlayingTrack", SpotifyJsonContext.Default.CurrentlyPlaying);

        Assert.NotNull(playing.Context);
        AssertTrackExample(Assert.IsType<Track>(playing.Item));
    }

    [Fact]
    public void Deserialize_ManyDevicesExample_MapsDevices()
    {
        AvailableDevices devices = Read("ManyDevices", SpotifyJsonContext.Default.AvailableDevices);

        AssertDeviceExample(Assert.Single(devices.Devices));
    }

    [Fact]
    public void Deserialize_CursorPagedPlayHistoryExample_MapsRecentlyPlayed()
    {
        CursorPage<PlayHistory> page = Read("CursorPagedPlayHistory", SpotifyJsonContext.Default.CursorPagePlayHistory);

        PlayHistory played = Assert.Single(page.Items);
        AssertTrackExample(played.Track);
        Assert.NotNull(played.Context);
        Assert.Null(page.Cursors.Before);
        Assert.Null(page.Total);
    }

    [Fact]
    public void Deserialize_QueueExample_MapsCurrentlyPlayingAndQueue()
    {
        QueueState queue = Read("Queue", SpotifyJsonContext.Default.QueueState);

        AssertTrackExample(Assert.IsType<Track>(queue.CurrentlyPlaying));
        AssertTrackExample(Assert.IsType<Track>(Assert.Single(queue.Queue)));
    }

    [Fact]
    public void Deserialize_QueueExampleWithEpisodes_MapsEpisodes()
    {
        string json = Spec.BuildResponseExample("Queue", oneOf: "EpisodeObject").ToJsonString();

        QueueState? queue = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.QueueState);

        Assert.NotNull(queue);
        AssertEpisodeExample(Assert.IsType<Episode>(queue.CurrentlyPlaying));
        AssertEpisodeExample(Assert.IsType<Episode>(Assert.Single(queue.Queue)));
    }

    private static T Read<T>(string responseName, JsonTypeInfo<T> typeInfo)
    {
        string json = Spec.BuildResponseExample(responseName).ToJsonString();
        T? value = JsonSerializer.Deserialize(json, typeInfo);
        Assert.NotNull(value);
        return value;
    }

    private static void AssertAlbumBase(
        AlbumType albumType,
        int? totalTracks,
        IReadOnlyList<string>? availableMarkets,
        string id,
        IReadOnlyList<Image> images,
        string releaseDate,
        ReleaseDatePrecision precision,
        string uri)
    {
        Assert.Equal(AlbumType.Compilation, albumType);
        Assert.Equal(9, totalTracks);
        Assert.Equal(["CA", "BR", "IT"], availableMarkets);
        Assert.Equal(AlbumId, id);
        AssertImageExample(Assert.Single(images));
        Assert.Equal("1981-12", releaseDate);
        Assert.Equal(ReleaseDatePrecision.Year, precision);
        Assert.Equal("spotify:album:" + AlbumId, uri);
    }

    private static void AssertImageExample(Image image)
    {
        Assert.Equal(ImageUrl, image.Url.TrimEnd());
        Assert.Equal(300, image.Height);
        Assert.Equal(300, image.Width);
    }

    private static void AssertPageExample<T>(Page<T> page)
    {
        Assert.Equal(PageHref, page.Href.TrimEnd());
        Assert.Equal(20, page.Limit);
        Assert.Equal(0, page.Offset);
        Assert.Equal(4, page.Total);
        Assert.Equal(PageLink, page.Next);
        Assert.Equal(PageLink, page.Previous);
        Assert.Single(page.Items);
    }

    private static void AssertArtistExample(Artist artist)
    {
        Assert.Equal(["Prog rock", "Grunge"], artist.Genres);
        Assert.NotNull(artist.Followers);
        Assert.Equal(0, artist.Followers.Total);
        AssertImageExample(Assert.Single(artist.Images));
        Assert.Equal("artist", artist.Type);
        Assert.Null(artist.Popularity);
    }

    private static void AssertTrackExample(Track track)
    {
        Assert.Equal("track", track.Type);
        Assert.Equal(AlbumId, track.Album.Id);
        Assert.Equal(AlbumType.Compilation, track.Album.AlbumType);
        Assert.Equal(RestrictionReason.Market, track.Album.Restrictions?.Reason);
        Assert.Equal("artist", Assert.Single(track.Artists).Type);
        Assert.NotNull(track.LinkedFrom);
        Assert.NotNull(track.Restrictions);
        Assert.Null(track.Restrictions.Reason);
        Assert.NotNull(track.ExternalIds);
        Assert.Null(track.ExternalIds.Isrc);
        Assert.False(track.IsLocal);
    }

    private static void AssertSimplifiedEpisodeExample(SimplifiedEpisode episode)
    {
        Assert.Equal(EpisodeId, episode.Id);
        Assert.Equal(1686230, episode.DurationMs);
        Assert.Equal(["fr", "en"], episode.Languages);
        Assert.Equal("en", episode.Language);
        Assert.Equal("1981-12-15", episode.ReleaseDate);
        Assert.Equal(ReleaseDatePrecision.Day, episode.ReleaseDatePrecision);
        Assert.Equal("episode", episode.Type);
        Assert.Equal("spotify:episode:0zLhl3WsOCQHbe1BPTiHgr", episode.Uri);
        Assert.StartsWith("https://p.scdn.co/mp3-preview/", episode.AudioPreviewUrl, StringComparison.Ordinal);
        Assert.StartsWith("<p>A Spotify podcast", episode.HtmlDescription, StringComparison.Ordinal);
        Assert.NotNull(episode.ResumePoint);
    }

    private static void AssertEpisodeExample(Episode episode)
    {
        Assert.Equal(EpisodeId, episode.Id);
        Assert.Equal("https://api.spotify.com/v1/episodes/" + EpisodeId, episode.Href);
        Assert.Equal(1686230, episode.DurationMs);
        Assert.Equal(["fr", "en"], episode.Languages);
        Assert.Equal("1981-12-15", episode.ReleaseDate);
        Assert.Equal(ReleaseDatePrecision.Day, episode.ReleaseDatePrecision);
        Assert.Equal("episode", episode.Type);
        Assert.Equal("spotify:episode:0zLhl3WsOCQHbe1BPTiHgr", episode.Uri);
        Assert.StartsWith("Starting Your Own Podcast", episode.Name, StringComparison.Ordinal);
        AssertImageExample(Assert.Single(episode.Images));
        Assert.Equal("show", episode.Show.Type);
        Assert.Single(episode.Show.Copyrights);
        Assert.NotNull(episode.ResumePoint);
    }

    private static void AssertAudiobookExample(Audiobook audiobook)
    {
        Assert.Equal("audiobook", audiobook.Type);
        Assert.Equal("Unabridged", audiobook.Edition);
        Assert.Single(audiobook.Authors);
        Assert.Single(audiobook.Narrators);
        AssertImageExample(Assert.Single(audiobook.Images));
        AssertPageExample(audiobook.Chapters);
        Assert.Equal(1, Assert.Single(audiobook.Chapters.Items).ChapterNumber);
    }

    private static void AssertChapterExample(Chapter chapter)
    {
        Assert.Equal(1, chapter.ChapterNumber);
        Assert.Equal(EpisodeId, chapter.Id);
        Assert.Equal(1686230, chapter.DurationMs);
        Assert.Equal(["fr", "en"], chapter.Languages);
        Assert.Equal(ReleaseDatePrecision.Day, chapter.ReleaseDatePrecision);
        Assert.StartsWith("We kept on ascending", chapter.Description, StringComparison.Ordinal);
        Assert.Equal("Unabridged", chapter.Audiobook.Edition);
        Assert.Equal("audiobook", chapter.Audiobook.Type);
    }

    private static void AssertAudioFeaturesExample(AudioFeatures features)
    {
        Assert.Equal(0.00242, features.Acousticness);
        Assert.Equal(0.585, features.Danceability);
        Assert.Equal(237040, features.DurationMs);
        Assert.Equal(0.842, features.Energy);
        Assert.Equal("2takcwOaAZWiXQijPHIx7B", features.Id);
        Assert.Equal(9, features.Key);
        Assert.Equal(-5.883, features.Loudness);
        Assert.Equal(0, features.Mode);
        Assert.Equal(118.211, features.Tempo);
        Assert.Equal(4, features.TimeSignature);
        Assert.Equal("audio_features", features.Type);
        Assert.Equal("spotify:track:2takcwOaAZWiXQijPHIx7B", features.Uri);
        Assert.Equal(0.428, features.Valence);
    }

    private static void AssertDeviceExample(Device device)
    {
        Assert.Equal("Kitchen speaker", device.Name);
        Assert.Equal(DeviceType.Computer, device.Type);
        Assert.Equal("computer", device.Type.Value);
        Assert.Equal(59, device.VolumePercent);
        Assert.Null(device.Id);
    }
}
