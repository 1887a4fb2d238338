using System.Text.Json;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

/// <summary>Artists, shows, audiobooks, chapters, users and playlists as Spotify sends them, including omissions and nulls.</summary>
public sealed class CatalogJsonTests
{
    [Fact]
    public void Deserialize_ArtistWithoutDeprecatedFields_LeavesThemNull()
    {
        const string json = """{ "external_urls": { "spotify": "https://open.spotify.com/artist/0TnOYISbd1XYRBk9myaseg" }, "href": "https://api.spotify.com/v1/artists/0TnOYISbd1XYRBk9myaseg", "id": "0TnOYISbd1XYRBk9myaseg", "images": [ { "url": "https://i.scdn.co/image/a", "height": 640.0, "width": 640.0 } ], "name": "Pitbull", "type": "artist", "uri": "spotify:artist:0TnOYISbd1XYRBk9myaseg" }""";

        Artist? artist = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Artist);

        Assert.NotNull(artist);
        Assert.Equal("Pitbull", artist.Name);
        Assert.Equal(640, Assert.Single(artist.Images).Width);
        Assert.Null(artist.Followers);
        Assert.Null(artist.Genres);
        Assert.Null(artist.Popularity);
    }

    [Fact]
    public void Deserialize_DiscographyWithUnknownAlbumGroup_KeepsTheValue()
    {
        const string json = """{ "href": "h", "items": [ { "id": "a", "album_group": "appears_on", "album_type": "single" }, { "id": "b", "album_group": "remix_of" }, { "id": "c" } ], "limit": 5, "offset": 0, "total": 3 }""";

        Page<ArtistDiscographyAlbum>? page = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PageArtistDiscographyAlbum);

        Assert.NotNull(page);
        Assert.Equal(AlbumGroup.AppearsOn, page.Items[0].AlbumGroup);
        Assert.Equal(AlbumType.Single, page.Items[0].AlbumType);
        Assert.Equal("remix_of", page.Items[1].AlbumGroup?.Value);
        Assert.Null(page.Items[2].AlbumGroup);
    }

    [Fact]
    public void Deserialize_ShowWithNullExternallyHosted_ReadsNull()
    {
        const string json = """{ "id": "38bS44xjbVVZ3No3ByF1dJ", "is_externally_hosted": null, "media_type": "audio", "total_episodes": 2, "episodes": { "items": [ { "id": "e1", "name": "One" }, { "id": "e2", "name": "Two" } ], "total": 2 } }""";

        Show? show = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Show);

        Assert.NotNull(show);
        Assert.Null(show.IsExternallyHosted);
        Assert.Equal("audio", show.MediaType);
        Assert.Equal(["One", "Two"], show.Episodes.Items.Select(e => e.Name));
        Assert.Null(show.Publisher);
        Assert.Null(show.AvailableMarkets);
    }

    [Fact]
    public void Deserialize_SeveralShowsWithNullEntry_KeepsNullInPlace()
    {
        SeveralShows? several = JsonSerializer.Deserialize("""{ "shows": [ { "id": "a" }, null ] }""", SpotifyJsonContext.Default.SeveralShows);

        Assert.NotNull(several);
        Assert.Equal(2, several.Shows.Count);
        Assert.Equal("a", several.Shows[0]?.Id);
        Assert.Null(several.Shows[1]);
    }

    [Fact]
    public void Deserialize_ChapterWithPaymentRestriction_ReadsRestrictionAndAudiobook()
    {
        const string json = """
            {
              "id": "0D5wENdkdwbqlrHoaJ9g29",
              "chapter_number": 3,
              "name": "Chapter 3",
              "restrictions": { "reason": "payment_required" },
              "resume_point": { "fully_played": true, "resume_position_ms": 0 },
              "type": "chapter",
              "audiobook": { "id": "7iHfbu1YPACw6oZPAFJtqe", "name": "Dune", "authors": [ { "name": "Frank Herbert" } ], "narrators": [ { "name": "Scott Brick" } ], "total_chapters": 48 }
            }
            """;

        Chapter? chapter = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Chapter);

        Assert.NotNull(chapter);
        Assert.Equal(3, chapter.ChapterNumber);
        Assert.Equal(RestrictionReason.PaymentRequired, chapter.Restrictions?.Reason);
        Assert.True(chapter.ResumePoint?.FullyPlayed);
        Assert.Equal("chapter", chapter.Type);
        Assert.Equal("Dune", chapter.Audiobook.Name);
        Assert.Equal("Frank Herbert", Assert.Single(chapter.Audiobook.Authors).Name);
        Assert.Equal("Scott Brick", Assert.Single(chapter.Audiobook.Narrators).Name);
        Assert.Equal(48, chapter.Audiobook.TotalChapters);
        Assert.Null(chapter.Audiobook.Edition);
    }

    [Fact]
    public void Deserialize_PrivateUserWithoutPrivateScopes_LeavesPrivateFieldsNull()
    {
        const string json = """{ "account_id": "aB3dE5fG7h", "display_name": "JM Wizzler", "external_urls": { "spotify": "https://open.spotify.com/user/wizzler" }, "href": "https://api.spotify.com/v1/users/wizzler", "id": "wizzler", "images": [], "type": "user", "uri": "spotify:user:wizzler" }""";

        PrivateUser? user = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PrivateUser);

        Assert.NotNull(user);
        Assert.Equal("aB3dE5fG7h", user.AccountId);
        Assert.Equal("JM Wizzler", user.DisplayName);
        Assert.Equal("wizzler", user.Id);
        Assert.Null(user.Email);
        Assert.Null(user.Country);
        Assert.Null(user.Product);
        Assert.Null(user.ExplicitContent);
        Assert.Null(user.Followers);
        Assert.Empty(user.Images);
    }

    [Fact]
    public void Deserialize_PrivateUserWithPrivateScopes_ReadsPrivateFields()
    {
        const string json = """{ "country": "SE", "email": "jm@example.com", "product": "premium", "explicit_content": { "filter_enabled": true, "filter_locked": false }, "followers": { "href": null, "total": 4561 }, "id": "wizzler" }""";

        PrivateUser? user = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PrivateUser);

        Assert.NotNull(user);
        Assert.Equal("SE", user.Country);
        Assert.Equal("jm@example.com", user.Email);
        Assert.Equal("premium", user.Product);
        Assert.True(user.ExplicitContent?.FilterEnabled);
        Assert.False(user.ExplicitContent?.FilterLocked);
        Assert.Equal(4561, user.Followers?.Total);
        Assert.Null(user.AccountId);
    }

    [Fact]
    public void Deserialize_PlaylistOfAnotherUser_HasNoItemsAndNoDeprecatedTracks()
    {
        const string json = """{ "collaborative": false, "description": null, "followers": { "href": null, "total": 12 }, "id": "3cEYpjA9oz9GiPac4AsH4n", "name": "Spotify Web API Testing playlist", "owner": { "display_name": "JMPerez²", "id": "jmperezperez", "type": "user" }, "public": true, "snapshot_id": "MTAsZDVmZjM", "type": "playlist", "uri": "spotify:playlist:3cEYpjA9oz9GiPac4AsH4n" }""";

        Playlist? playlist = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Playlist);

        Assert.NotNull(playlist);
        Assert.Null(playlist.Items);
        Assert.Null(playlist.Tracks);
        Assert.Null(playlist.Description);
        Assert.True(playlist.Public);
        Assert.Equal("JMPerez²", playlist.Owner.DisplayName);
        Assert.Equal(12, playlist.Followers?.Total);
        Assert.Equal("MTAsZDVmZjM", playlist.SnapshotId);
    }

    [Fact]
    public void Deserialize_SeveralAudioFeaturesWithUnknownId_KeepsNull()
    {
        SeveralAudioFeatures? several = JsonSerializer.Deserialize("""{ "audio_features": [ { "id": "a", "tempo": 120.5, "key": -1 }, null ] }""", SpotifyJsonContext.Default.SeveralAudioFeatures);

        Assert.NotNull(several);
        Assert.Equal(120.5, several.AudioFeatures[0]?.Tempo);
        Assert.Equal(-1, several.AudioFeatures[0]?.Key);
        Assert.Null(several.AudioFeatures[1]);
    }

    [Fact]
    public void Deserialize_RecommendationSeeds_ReadsCamelCaseSizes()
    {
        const string json = """{ "seeds": [ { "afterFilteringSize": 250, "afterRelinkingSize": 249, "href": null, "id": "samba", "initialPoolSize": 500, "type": "GENRE" } ], "tracks": [] }""";

        Recommendations? recommendations = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Recommendations);

        Assert.NotNull(recommendations);
        RecommendationSeed seed = Assert.Single(recommendations.Seeds);
        Assert.Equal(250, seed.AfterFilteringSize);
        Assert.Equal(249, seed.AfterRelinkingSize);
        Assert.Equal(500, seed.InitialPoolSize);
        Assert.Equal("samba", seed.Id);
        Assert.Null(seed.Href);
        Assert.Empty(recommendations.Tracks);
        Assert.Contains("\"afterFilteringSize\":250", JsonSerializer.Serialize(seed, SpotifyJsonContext.Default.RecommendationSeed), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_SavedItemsWithoutPayload_ReadEmptyObjects()
    {
        Assert.Equal("", JsonSerializer.Deserialize("""{ "added_at": "2024-01-01T00:00:00Z" }""", SpotifyJsonContext.Default.SavedTrack)!.Track.Album.Name);
        Assert.Equal("", JsonSerializer.Deserialize("{}", SpotifyJsonContext.Default.SavedEpisode)!.Episode.Show.Name);
        Assert.Empty(JsonSerializer.Deserialize("{}", SpotifyJsonContext.Default.SavedAudiobook)!.Audiobook.Chapters.Items);
        Assert.Equal("", JsonSerializer.Deserialize("""{ "show": null }""", SpotifyJsonContext.Default.SavedShow)!.Show.Id);
        Assert.Empty(JsonSerializer.Deserialize("""{ "categories": null }""", SpotifyJsonContext.Default.BrowseCategories)!.Categories.Items);
        Assert.Empty(JsonSerializer.Deserialize("{}", SpotifyJsonContext.Default.FollowedArtists)!.Artists.Items);
        Assert.Equal("", JsonSerializer.Deserialize("{}", SpotifyJsonContext.Default.AudioAnalysis)!.Meta.Platform);
        Assert.Equal("", JsonSerializer.Deserialize("""{ "snapshot_id": null }""", SpotifyJsonContext.Default.PlaylistSnapshot)!.SnapshotId);
    }
}
