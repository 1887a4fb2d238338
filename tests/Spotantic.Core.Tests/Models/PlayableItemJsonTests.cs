using System.Text.Json;
using System.Text.Json.Nodes;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

public sealed class PlayableItemJsonTests
{
    // As Spotify sends it: "type" last, after a nested album that has its own "type".
    private const string TrackJson = """
        {
          "album": {
            "album_type": "album",
            "artists": [ { "external_urls": { "spotify": "https://open.spotify.com/artist/4tZwfgrHOc3mvqYlEYSvVi" }, "href": "https://api.spotify.com/v1/artists/4tZwfgrHOc3mvqYlEYSvVi", "id": "4tZwfgrHOc3mvqYlEYSvVi", "name": "Daft Punk", "type": "artist", "uri": "spotify:artist:4tZwfgrHOc3mvqYlEYSvVi" } ],
            "external_urls": { "spotify": "https://open.spotify.com/album/2noRn2Aes5aoNVsU6iWThc" },
            "href": "https://api.spotify.com/v1/albums/2noRn2Aes5aoNVsU6iWThc",
            "id": "2noRn2Aes5aoNVsU6iWThc",
            "images": [ { "height": 640.0, "url": "https://i.scdn.co/image/ab67616d0000b273", "width": 640.0 } ],
            "name": "Discovery",
            "release_date": "2001-03-12",
            "release_date_precision": "day",
            "total_tracks": 14,
            "type": "album",
            "uri": "spotify:album:2noRn2Aes5aoNVsU6iWThc"
          },
          "artists": [ { "external_urls": { "spotify": "https://open.spotify.com/artist/4tZwfgrHOc3mvqYlEYSvVi" }, "href": "https://api.spotify.com/v1/artists/4tZwfgrHOc3mvqYlEYSvVi", "id": "4tZwfgrHOc3mvqYlEYSvVi", "name": "Daft Punk", "type": "artist", "uri": "spotify:artist:4tZwfgrHOc3mvqYlEYSvVi" } ],
          "disc_number": 1,
          "duration_ms": 320357,
          "episode": false,
          "explicit": false,
          "external_ids": { "isrc": "GBDUW0000053" },
          "external_urls": { "spotify": "https://open.spotify.com/track/0DiWol3AO6WpXZgp0goxAV" },
          "href": "https://api.spotify.com/v1/tracks/0DiWol3AO6WpXZgp0goxAV",
          "id": "0DiWol3AO6WpXZgp0goxAV",
          "is_local": false,
          "is_playable": true,
          "name": "One More Time",
          "popularity": 77,
          "preview_url": null,
          "track": true,
          "track_number": 1,
          "type": "track",
          "uri": "spotify:track:0DiWol3AO6WpXZgp0goxAV"
        }
        """;

    private const string EpisodeJson = """
        {
          "audio_preview_url": null,
          "description": "A podcast about pods.",
          "duration_ms": 1686230,
          "explicit": true,
          "external_urls": { "spotify": "https://open.spotify.com/episode/512ojhOuo1ktJprKbVcKyQ" },
          "href": "https://api.spotify.com/v1/episodes/512ojhOuo1ktJprKbVcKyQ",
          "html_description": "<p>A podcast about pods.</p>",
          "id": "512ojhOuo1ktJprKbVcKyQ",
          "images": [ { "height": 640, "url": "https://i.scdn.co/image/ep", "width": 640 } ],
          "is_externally_hosted": false,
          "is_playable": true,
          "language": "en",
          "languages": [ "en" ],
          "name": "Pods, pods, pods",
          "release_date": "2024-02-29",
          "release_date_precision": "day",
          "resume_point": { "fully_played": false, "resume_position_ms": 120000 },
          "show": { "id": "38bS44xjbVVZ3No3ByF1dJ", "name": "The Pod Show", "publisher": "Pods Inc.", "total_episodes": 300, "type": "show", "uri": "spotify:show:38bS44xjbVVZ3No3ByF1dJ" },
          "type": "episode",
          "uri": "spotify:episode:512ojhOuo1ktJprKbVcKyQ"
        }
        """;

    private const string LocalTrackJson = """
        {
          "album": { "album_type": null, "artists": [], "available_markets": [], "external_urls": {}, "href": null, "id": null, "images": [], "name": "Demos", "release_date": null, "release_date_precision": null, "type": "album", "uri": null },
          "artists": [ { "external_urls": {}, "href": null, "id": null, "name": "Local Artist", "type": "artist", "uri": null } ],
          "available_markets": [],
          "disc_number": 0,
          "duration_ms": 215000,
          "explicit": false,
          "external_ids": {},
          "external_urls": {},
          "href": null,
          "id": null,
          "is_local": true,
          "name": "My Demo",
          "popularity": 0,
          "preview_url": null,
          "track_number": 0,
          "type": "track",
          "uri": "spotify:local:Local+Artist:Demos:My+Demo:215"
        }
        """;

    [Fact]
    public void Deserialize_PlaylistPageMixingTracksAndEpisodes_ReturnsRealTypesInOrder()
    {
        string json = $$"""
            {
              "href": "https://api.spotify.com/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items?offset=0&limit=100",
              "items": [
                { "added_at": "2024-03-01T12:34:56Z", "added_by": { "external_urls": {}, "href": "https://api.spotify.com/v1/users/jmperezperez", "id": "jmperezperez", "type": "user", "uri": "spotify:user:jmperezperez" }, "is_local": false, "item": {{TrackJson}}, "track": {{TrackJson}} },
                { "added_at": "2024-03-02T08:00:00Z", "added_by": null, "is_local": false, "item": {{EpisodeJson}} },
                { "added_at": null, "added_by": null, "is_local": true, "item": {{LocalTrackJson}} },
                { "added_at": "2024-03-03T08:00:00Z", "is_local": false, "item": null }
              ],
              "limit": 100,
              "next": null,
              "offset": 0,
              "previous": null,
              "total": 4
            }
            """;

        Page<PlaylistItem>? page = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PagePlaylistItem);

        Assert.NotNull(page);
        Assert.Equal(4, page.Items.Count);

        Track track = Assert.IsType<Track>(page.Items[0].Item);
        AssertOneMoreTime(track);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 12, 34, 56, TimeSpan.Zero), page.Items[0].AddedAt);
        Assert.Equal("jmperezperez", page.Items[0].AddedBy?.Id);
        Assert.Equal(track, Assert.IsType<Track>(page.Items[0].Track) with { Album = track.Album, Artists = track.Artists });

        Episode episode = Assert.IsType<Episode>(page.Items[1].Item);
        AssertPodsEpisode(episode);
        Assert.Null(page.Items[1].AddedBy);
        Assert.Same(episode, page.Items[1].Track);

        Track local = Assert.IsType<Track>(page.Items[2].Item);
        Assert.True(page.Items[2].IsLocal);
        Assert.Null(page.Items[2].AddedAt);
        AssertLocalTrack(local);

        Assert.Null(page.Items[3].Item);
    }

    [Fact]
    public void Deserialize_TrackAsPlayableItem_ReadsEveryTrackField()
    {
        PlayableItem? item = JsonSerializer.Deserialize(TrackJson, SpotifyJsonContext.Default.PlayableItem);

        AssertOneMoreTime(Assert.IsType<Track>(item));
    }

    [Fact]
    public void Deserialize_EpisodeAsPlayableItem_ReadsEveryEpisodeField()
    {
        PlayableItem? item = JsonSerializer.Deserialize(EpisodeJson, SpotifyJsonContext.Default.PlayableItem);

        AssertPodsEpisode(Assert.IsType<Episode>(item));
    }

    [Fact]
    public void Deserialize_TypeFirst_ReturnsRealType()
    {
        const string json = """{ "type": "episode", "id": "512ojhOuo1ktJprKbVcKyQ", "name": "Early type", "show": { "name": "S" } }""";

        Episode episode = Assert.IsType<Episode>(JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlayableItem));

        Assert.Equal("Early type", episode.Name);
        Assert.Equal("S", episode.Show.Name);
    }

    [Fact]
    public void Deserialize_NestedTypeOnly_DoesNotMistakeAlbumTypeForItemType()
    {
        const string json = """{ "album": { "type": "track" }, "artists": [ { "type": "episode" } ], "name": "No top-level type" }""";

        PlayableItem? item = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlayableItem);

        UnknownPlayableItem unknown = Assert.IsType<UnknownPlayableItem>(item);
        Assert.Equal("No top-level type", unknown.Name);
        Assert.Equal("", unknown.Type);
    }

    [Fact]
    public void Deserialize_UnknownType_KeepsCommonFieldsAndRawJson()
    {
        const string json = """
            {
              "audiobook": { "id": "7iHfbu1YPACw6oZPAFJtqe", "name": "Dune" },
              "chapter_number": 3,
              "duration_ms": 1200000,
              "explicit": false,
              "external_urls": { "spotify": "https://open.spotify.com/chapter/0D5wENdkdwbqlrHoaJ9g29" },
              "href": "https://api.spotify.com/v1/chapters/0D5wENdkdwbqlrHoaJ9g29",
              "id": "0D5wENdkdwbqlrHoaJ9g29",
              "is_playable": true,
              "name": "Chapter 3",
              "restrictions": { "reason": "payment_required" },
              "type": "chapter",
              "uri": "spotify:chapter:0D5wENdkdwbqlrHoaJ9g29"
            }
            """;

        PlayableItem? item = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlayableItem);

        UnknownPlayableItem unknown = Assert.IsType<UnknownPlayableItem>(item);
        Assert.Equal("chapter", unknown.Type);
        Assert.Equal("0D5wENdkdwbqlrHoaJ9g29", unknown.Id);
        Assert.Equal("Chapter 3", unknown.Name);
        Assert.Equal("spotify:chapter:0D5wENdkdwbqlrHoaJ9g29", unknown.Uri);
        Assert.Equal(1200000, unknown.DurationMs);
        Assert.True(unknown.IsPlayable);
        Assert.Equal(RestrictionReason.PaymentRequired, unknown.Restrictions?.Reason);
        Assert.Equal("https://open.spotify.com/chapter/0D5wENdkdwbqlrHoaJ9g29", unknown.ExternalUrls.Spotify);
        Assert.Equal(JsonValueKind.Object, unknown.RawJson.ValueKind);
        Assert.Equal(3, unknown.RawJson.GetProperty("chapter_number").GetInt32());
        Assert.Equal("Dune", unknown.RawJson.GetProperty("audiobook").GetProperty("name").GetString());
    }

    [Fact]
    public void Serialize_UnknownItemReadFromJson_WritesTheRawJsonBack()
    {
        const string json = """{"type":"ad","id":"x","sponsor":{"name":"Acme"},"duration_ms":30000}""";
        PlayableItem item = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlayableItem)!;

        string written = JsonSerializer.Serialize(item, SpotifyJsonContext.Default.PlayableItem);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Serialize_UnknownItemCreatedInCode_WritesCommonFields()
    {
        PlayableItem item = new UnknownPlayableItem { Id = "x", Name = "Made up", Type = "future" };

        string written = JsonSerializer.Serialize(item, SpotifyJsonContext.Default.PlayableItem);

        JsonObject obj = JsonNode.Parse(written)!.AsObject();
        Assert.Equal("x", (string?)obj["id"]);
        Assert.Equal("Made up", (string?)obj["name"]);
        Assert.Equal("future", (string?)obj["type"]);
        Assert.False(obj.ContainsKey("raw_json"));
    }

    [Theory]
    [InlineData("""{ "type": null, "name": "n" }""")]
    [InlineData("""{ "type": "TRACK", "name": "n" }""")]
    [InlineData("""{ "name": "n" }""")]
    public void Deserialize_MissingOrUnusableType_ReturnsUnknownItem(string json)
    {
        PlayableItem? item = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlayableItem);

        Assert.Equal("n", Assert.IsType<UnknownPlayableItem>(item).Name);
    }

    [Theory]
    [InlineData("""{ "type": 7, "name": "n" }""")]
    [InlineData("[]")]
    [InlineData("\"track\"")]
    [InlineData("42")]
    public void Deserialize_NonObjectOrNonStringType_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlayableItem));
    }

    [Fact]
    public void Deserialize_Null_ReturnsNull()
    {
        Assert.Null(JsonSerializer.Deserialize("null", SpotifyJsonContext.Default.PlayableItem));
    }

    [Fact]
    public void Deserialize_TruncatedItem_ThrowsJsonException()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""{ "name": "n", "album": { "type": "album" """, SpotifyJsonContext.Default.PlayableItem));
    }

    [Fact]
    public void Deserialize_LocalTrack_HasNullIdsAndEmptyAlbum()
    {
        PlayableItem? item = JsonSerializer.Deserialize(LocalTrackJson, SpotifyJsonContext.Default.PlayableItem);

        AssertLocalTrack(Assert.IsType<Track>(item));
    }

    [Fact]
    public void Deserialize_TrackDirectly_DoesNotGoThroughThePlayableItemConverter()
    {
        Track? track = JsonSerializer.Deserialize("""{ "name": "Untyped", "track_number": 4 }""", SpotifyJsonContext.Default.Track);

        Assert.NotNull(track);
        Assert.Equal("Untyped", track.Name);
        Assert.Equal(4, track.TrackNumber);
    }

    [Fact]
    public void Serialize_TrackAndEpisodeAsPlayableItems_WriteTheirOwnFieldsAndRoundTrip()
    {
        PlayableItem track = JsonSerializer.Deserialize(TrackJson, SpotifyJsonContext.Default.PlayableItem)!;
        PlayableItem episode = JsonSerializer.Deserialize(EpisodeJson, SpotifyJsonContext.Default.PlayableItem)!;

        string trackJson = JsonSerializer.Serialize(track, SpotifyJsonContext.Default.PlayableItem);
        string episodeJson = JsonSerializer.Serialize(episode, SpotifyJsonContext.Default.PlayableItem);

        JsonObject writtenTrack = JsonNode.Parse(trackJson)!.AsObject();
        Assert.Equal("Discovery", (string?)writtenTrack["album"]!["name"]);
        Assert.Equal(1, (int?)writtenTrack["track_number"]);
        Assert.Equal("track", (string?)writtenTrack["type"]);
        Assert.False(writtenTrack.ContainsKey("preview_url"));
        JsonObject writtenEpisode = JsonNode.Parse(episodeJson)!.AsObject();
        Assert.Equal("The Pod Show", (string?)writtenEpisode["show"]!["name"]);
        Assert.Equal(120000, (int?)writtenEpisode["resume_point"]!["resume_position_ms"]);
        AssertOneMoreTime(Assert.IsType<Track>(JsonSerializer.Deserialize(trackJson, SpotifyJsonContext.Default.PlayableItem)));
        AssertPodsEpisode(Assert.IsType<Episode>(JsonSerializer.Deserialize(episodeJson, SpotifyJsonContext.Default.PlayableItem)));
    }

    [Fact]
    public async Task DeserializeAsync_LargePageFromStreamWithSmallBuffer_ReturnsRealTypes()
    {
        string items = string.Join(",", Enumerable.Range(0, 50).Select(i => $$"""{ "is_local": false, "item": {{(i % 2 == 0 ? TrackJson : EpisodeJson)}} }"""));
        string json = $$"""{ "href": "h", "items": [ {{items}} ], "limit": 50, "offset": 0, "total": 50 }""";
        var options = new System.Text.Json.JsonSerializerOptions(SpotifyJsonContext.Default.Options) { DefaultBufferSize = 128 };
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        Page<PlaylistItem>? page = await JsonSerializer.DeserializeAsync(stream, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Page<PlaylistItem>>)options.GetTypeInfo(typeof(Page<PlaylistItem>)));

        Assert.NotNull(page);
        Assert.Equal(50, page.Items.Count);
        Assert.All(page.Items.Where((_, i) => i % 2 == 0), item => AssertOneMoreTime(Assert.IsType<Track>(item.Item)));
        Assert.All(page.Items.Where((_, i) => i % 2 == 1), item => AssertPodsEpisode(Assert.IsType<Episode>(item.Item)));
    }

    private static void AssertOneMoreTime(Track track)
    {
        Assert.Equal("0DiWol3AO6WpXZgp0goxAV", track.Id);
        Assert.Equal("One More Time", track.Name);
        Assert.Equal("track", track.Type);
        Assert.Equal("spotify:track:0DiWol3AO6WpXZgp0goxAV", track.Uri);
        Assert.Equal("https://api.spotify.com/v1/tracks/0DiWol3AO6WpXZgp0goxAV", track.Href);
        Assert.Equal("https://open.spotify.com/track/0DiWol3AO6WpXZgp0goxAV", track.ExternalUrls.Spotify);
        Assert.Equal(320357, track.DurationMs);
        Assert.False(track.Explicit);
        Assert.True(track.IsPlayable);
        Assert.False(track.IsLocal);
        Assert.Equal(1, track.DiscNumber);
        Assert.Equal(1, track.TrackNumber);
        Assert.Equal(77, track.Popularity);
        Assert.Null(track.PreviewUrl);
        Assert.Null(track.AvailableMarkets);
        Assert.Equal("GBDUW0000053", track.ExternalIds?.Isrc);
        Assert.Equal("Discovery", track.Album.Name);
        Assert.Equal("album", track.Album.Type);
        Assert.Equal(AlbumType.Album, track.Album.AlbumType);
        Assert.Equal(640, Assert.Single(track.Album.Images).Height);
        Assert.Equal("Daft Punk", Assert.Single(track.Artists).Name);
    }

    private static void AssertPodsEpisode(Episode episode)
    {
        Assert.Equal("512ojhOuo1ktJprKbVcKyQ", episode.Id);
        Assert.Equal("Pods, pods, pods", episode.Name);
        Assert.Equal("episode", episode.Type);
        Assert.Equal("spotify:episode:512ojhOuo1ktJprKbVcKyQ", episode.Uri);
        Assert.Equal(1686230, episode.DurationMs);
        Assert.True(episode.Explicit);
        Assert.True(episode.IsPlayable);
        Assert.Null(episode.AudioPreviewUrl);
        Assert.Equal("<p>A podcast about pods.</p>", episode.HtmlDescription);
        Assert.Equal(["en"], episode.Languages);
        Assert.Equal("2024-02-29", episode.ReleaseDate);
        Assert.Equal(ReleaseDatePrecision.Day, episode.ReleaseDatePrecision);
        Assert.Equal(120000, episode.ResumePoint?.ResumePositionMs);
        Assert.False(episode.ResumePoint?.FullyPlayed);
        Assert.Equal("The Pod Show", episode.Show.Name);
        Assert.Equal("Pods Inc.", episode.Show.Publisher);
        Assert.Equal(300, episode.Show.TotalEpisodes);
    }

    private static void AssertLocalTrack(Track track)
    {
        Assert.True(track.IsLocal);
        Assert.Null(track.Id);
        Assert.Null(track.Href);
        Assert.Equal("spotify:local:Local+Artist:Demos:My+Demo:215", track.Uri);
        Assert.Equal("My Demo", track.Name);
        Assert.Equal(215000, track.DurationMs);
        Assert.Null(track.ExternalUrls.Spotify);
        Assert.NotNull(track.ExternalIds);
        Assert.Null(track.ExternalIds.Isrc);
        Assert.Equal("", track.Album.Id);
        Assert.Equal("Demos", track.Album.Name);
        Assert.Equal("", track.Album.AlbumType.Value);
        Assert.Equal("", track.Album.ReleaseDate);
        Assert.Equal("Local Artist", Assert.Single(track.Artists).Name);
        Assert.Equal("", track.Artists[0].Id);
    }
}
