using System.Text.Json;
using System.Text.Json.Nodes;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

public sealed class AlbumJsonTests
{
    private const string AlbumJson = """
        {
          "album_type": "album",
          "total_tracks": 14,
          "available_markets": ["GB", "SE", "US"],
          "external_urls": { "spotify": "https://open.spotify.com/album/2noRn2Aes5aoNVsU6iWThc" },
          "href": "https://api.spotify.com/v1/albums/2noRn2Aes5aoNVsU6iWThc",
          "id": "2noRn2Aes5aoNVsU6iWThc",
          "images": [
            { "url": "https://i.scdn.co/image/ab67616d0000b2739b9b36b0e22870b9f542d937", "height": 640, "width": 640 },
            { "url": "https://i.scdn.co/image/ab67616d00001e029b9b36b0e22870b9f542d937", "height": 300, "width": 300 },
            { "url": "https://i.scdn.co/image/ab67616d000048519b9b36b0e22870b9f542d937", "height": 64, "width": 64 }
          ],
          "name": "Discovery",
          "release_date": "2001-03-12",
          "release_date_precision": "day",
          "type": "album",
          "uri": "spotify:album:2noRn2Aes5aoNVsU6iWThc",
          "artists": [
            {
              "external_urls": { "spotify": "https://open.spotify.com/artist/4tZwfgrHOc3mvqYlEYSvVi" },
              "href": "https://api.spotify.com/v1/artists/4tZwfgrHOc3mvqYlEYSvVi",
              "id": "4tZwfgrHOc3mvqYlEYSvVi",
              "name": "Daft Punk",
              "type": "artist",
              "uri": "spotify:artist:4tZwfgrHOc3mvqYlEYSvVi"
            }
          ],
          "tracks": {
            "href": "https://api.spotify.com/v1/albums/2noRn2Aes5aoNVsU6iWThc/tracks?offset=0&limit=2",
            "limit": 2,
            "next": "https://api.spotify.com/v1/albums/2noRn2Aes5aoNVsU6iWThc/tracks?offset=2&limit=2",
            "offset": 0,
            "previous": null,
            "total": 14,
            "items": [
              {
                "artists": [
                  {
                    "external_urls": { "spotify": "https://open.spotify.com/artist/4tZwfgrHOc3mvqYlEYSvVi" },
                    "href": "https://api.spotify.com/v1/artists/4tZwfgrHOc3mvqYlEYSvVi",
                    "id": "4tZwfgrHOc3mvqYlEYSvVi",
                    "name": "Daft Punk",
                    "type": "artist",
                    "uri": "spotify:artist:4tZwfgrHOc3mvqYlEYSvVi"
                  }
                ],
                "available_markets": ["GB", "SE", "US"],
                "disc_number": 1,
                "duration_ms": 320357,
                "explicit": false,
                "external_urls": { "spotify": "https://open.spotify.com/track/0DiWol3AO6WpXZgp0goxAV" },
                "href": "https://api.spotify.com/v1/tracks/0DiWol3AO6WpXZgp0goxAV",
                "id": "0DiWol3AO6WpXZgp0goxAV",
                "name": "One More Time",
                "preview_url": null,
                "track_number": 1,
                "type": "track",
                "uri": "spotify:track:0DiWol3AO6WpXZgp0goxAV",
                "is_local": false
              },
              {
                "artists": [],
                "disc_number": 1,
                "duration_ms": 212546,
                "explicit": true,
                "external_urls": { "spotify": "https://open.spotify.com/track/2VEZx7NWsZ1D0eJ4uv5Fym" },
                "href": "https://api.spotify.com/v1/tracks/2VEZx7NWsZ1D0eJ4uv5Fym",
                "id": "2VEZx7NWsZ1D0eJ4uv5Fym",
                "is_playable": true,
                "linked_from": {
                  "external_urls": { "spotify": "https://open.spotify.com/track/6ZrZf6ihv0PQGx5ZEm1BTM" },
                  "href": "https://api.spotify.com/v1/tracks/6ZrZf6ihv0PQGx5ZEm1BTM",
                  "id": "6ZrZf6ihv0PQGx5ZEm1BTM",
                  "type": "track",
                  "uri": "spotify:track:6ZrZf6ihv0PQGx5ZEm1BTM"
                },
                "name": "Aerodynamic",
                "track_number": 2,
                "type": "track",
                "uri": "spotify:track:2VEZx7NWsZ1D0eJ4uv5Fym",
                "is_local": false
              }
            ]
          },
          "copyrights": [
            { "text": "(C) 2001 Daft Life Ltd.", "type": "C" },
            { "text": "(P) 2001 Daft Life Ltd.", "type": "P" }
          ],
          "external_ids": { "upc": "724384960650" },
          "genres": [],
          "label": "Parlophone (France)",
          "popularity": 81,
          "some_future_field": { "nested": [1, 2, 3] }
        }
        """;

    [Fact]
    public void Deserialize_AlbumWithTracksPage_MapsAllFields()
    {
        Album? album = JsonSerializer.Deserialize(AlbumJson, SpotifyJsonContext.Default.Album);

        Assert.NotNull(album);
        Assert.Equal(AlbumType.Album, album.AlbumType);
        Assert.Equal(14, album.TotalTracks);
        Assert.Equal(["GB", "SE", "US"], album.AvailableMarkets);
        Assert.Equal("https://open.spotify.com/album/2noRn2Aes5aoNVsU6iWThc", album.ExternalUrls.Spotify);
        Assert.Equal("https://api.spotify.com/v1/albums/2noRn2Aes5aoNVsU6iWThc", album.Href);
        Assert.Equal("2noRn2Aes5aoNVsU6iWThc", album.Id);
        Assert.Equal([640, 300, 64], album.Images.Select(i => i.Height ?? -1));
        Assert.Equal([640, 300, 64], album.Images.Select(i => i.Width ?? -1));
        Assert.Equal("Discovery", album.Name);
        Assert.Equal("2001-03-12", album.ReleaseDate);
        Assert.Equal(ReleaseDatePrecision.Day, album.ReleaseDatePrecision);
        Assert.Null(album.Restrictions);
        Assert.Equal("album", album.Type);
        Assert.Equal("spotify:album:2noRn2Aes5aoNVsU6iWThc", album.Uri);
        SimplifiedArtist artist = Assert.Single(album.Artists);
        Assert.Equal("Daft Punk", artist.Name);
        Assert.Equal("spotify:artist:4tZwfgrHOc3mvqYlEYSvVi", artist.Uri);

        Assert.Equal(2, album.Tracks.Limit);
        Assert.Equal(0, album.Tracks.Offset);
        Assert.Equal(14, album.Tracks.Total);
        Assert.Null(album.Tracks.Previous);
        Assert.Equal("https://api.spotify.com/v1/albums/2noRn2Aes5aoNVsU6iWThc/tracks?offset=2&limit=2", album.Tracks.Next);
        Assert.Equal(2, album.Tracks.Items.Count);

        SimplifiedTrack first = album.Tracks.Items[0];
        Assert.Equal("One More Time", first.Name);
        Assert.Equal(320357, first.DurationMs);
        Assert.Equal(1, first.DiscNumber);
        Assert.Equal(1, first.TrackNumber);
        Assert.False(first.Explicit);
        Assert.False(first.IsLocal);
        Assert.Null(first.IsPlayable);
        Assert.Null(first.PreviewUrl);
        Assert.Null(first.LinkedFrom);
        Assert.Equal("Daft Punk", Assert.Single(first.Artists).Name);

        SimplifiedTrack second = album.Tracks.Items[1];
        Assert.True(second.Explicit);
        Assert.True(second.IsPlayable);
        Assert.Null(second.AvailableMarkets);
        Assert.Empty(second.Artists);
        Assert.NotNull(second.LinkedFrom);
        Assert.Equal("6ZrZf6ihv0PQGx5ZEm1BTM", second.LinkedFrom.Id);
        Assert.Equal("spotify:track:6ZrZf6ihv0PQGx5ZEm1BTM", second.LinkedFrom.Uri);

        Assert.Equal(2, album.Copyrights.Count);
        Assert.Equal(CopyrightType.Copyright, album.Copyrights[0].Type);
        Assert.Equal("(C) 2001 Daft Life Ltd.", album.Copyrights[0].Text);
        Assert.Equal(CopyrightType.SoundRecording, album.Copyrights[1].Type);
        Assert.Equal("724384960650", album.ExternalIds?.Upc);
        Assert.Null(album.ExternalIds?.Isrc);
        Assert.NotNull(album.Genres);
        Assert.Empty(album.Genres);
        Assert.Equal("Parlophone (France)", album.Label);
        Assert.Equal(81, album.Popularity);
    }

    [Fact]
    public void Serialize_Album_WritesSnakeCaseOmitsNullsAndRoundTrips()
    {
        Album album = JsonSerializer.Deserialize(AlbumJson, SpotifyJsonContext.Default.Album)!;

        string json = JsonSerializer.Serialize(album, SpotifyJsonContext.Default.Album);
        JsonObject written = JsonNode.Parse(json)!.AsObject();

        Assert.Equal("album", (string?)written["album_type"]);
        Assert.Equal("day", (string?)written["release_date_precision"]);
        Assert.Equal("P", (string?)written["copyrights"]![1]!["type"]);
        Assert.Equal(640, (int?)written["images"]![0]!["height"]);
        Assert.False(written.ContainsKey("restrictions"));
        Assert.False(written["tracks"]!.AsObject().ContainsKey("previous"));
        Assert.False(written["tracks"]!["items"]![0]!.AsObject().ContainsKey("preview_url"));

        Album again = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Album)!;
        Assert.Equal(album.Id, again.Id);
        Assert.Equal(album.AlbumType, again.AlbumType);
        Assert.Equal(album.Tracks.Items.Select(t => t.Id), again.Tracks.Items.Select(t => t.Id));
        Assert.Equal(album.Images, again.Images);
        Assert.Equal(album.Copyrights, again.Copyrights);
    }

    [Fact]
    public void Deserialize_UnknownAlbumType_KeepsValue()
    {
        const string json = """{ "album_type": "ep_new", "release_date_precision": "decade", "id": "x" }""";

        Album? album = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Album);

        Assert.NotNull(album);
        Assert.Equal("ep_new", album.AlbumType.Value);
        Assert.Equal("ep_new", album.AlbumType.ToString());
        Assert.NotEqual(AlbumType.Album, album.AlbumType);
        Assert.NotEqual(AlbumType.Single, album.AlbumType);
        Assert.Equal(new AlbumType("ep_new"), album.AlbumType);
        Assert.Equal("decade", album.ReleaseDatePrecision.Value);

        string written = JsonSerializer.Serialize(album, SpotifyJsonContext.Default.Album);
        Assert.Contains("\"album_type\":\"ep_new\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_AlbumTypes_IgnoreCase()
    {
        Assert.Equal(AlbumType.Single, AlbumType.FromValue("single"));
        Assert.Equal(AlbumType.Single.GetHashCode(), new AlbumType("single").GetHashCode());
        Assert.Equal(AlbumType.Single, new AlbumType("Single"));
        Assert.NotEqual(AlbumType.Single, new AlbumType("singles"));
        Assert.Equal("", default(AlbumType).Value);
        Assert.Equal(default, new AlbumType(""));
        Assert.Throws<ArgumentNullException>(() => new AlbumType(null!));
    }

    [Fact]
    public void Deserialize_TopTracksWithUpperCaseAlbumTypes_CompareAsTheKnownValues()
    {
        // An artist's top tracks as Spotify has sent them: album types in capitals, and EP as a type of its own.
        const string json = """
            {
              "tracks": [
                {
                  "album": { "album_type": "SINGLE", "artists": [], "external_urls": { "spotify": "https://open.spotify.com/album/5eyZZoQEFQWRHkV2xgAeBw" }, "href": "https://api.spotify.com/v1/albums/5eyZZoQEFQWRHkV2xgAeBw", "id": "5eyZZoQEFQWRHkV2xgAeBw", "images": [], "is_playable": true, "name": "Houdini", "release_date": "2023-11-10", "release_date_precision": "day", "total_tracks": 1, "type": "album", "uri": "spotify:album:5eyZZoQEFQWRHkV2xgAeBw" },
                  "artists": [], "disc_number": 1, "duration_ms": 185918, "explicit": false, "external_ids": { "isrc": "GBAHT2300939" }, "external_urls": {}, "href": "https://api.spotify.com/v1/tracks/4OMJGnvZfDvsePyCwRGO7X", "id": "4OMJGnvZfDvsePyCwRGO7X", "is_local": false, "is_playable": true, "name": "Houdini", "popularity": 80, "preview_url": null, "track_number": 1, "type": "track", "uri": "spotify:track:4OMJGnvZfDvsePyCwRGO7X"
                },
                {
                  "album": { "album_type": "ALBUM", "artists": [], "external_urls": {}, "href": "https://api.spotify.com/v1/albums/7fJJK56U9fHixgO0HQkhtI", "id": "7fJJK56U9fHixgO0HQkhtI", "images": [], "is_playable": true, "name": "Radical Optimism", "release_date": "2024-05-03", "release_date_precision": "day", "total_tracks": 11, "type": "album", "uri": "spotify:album:7fJJK56U9fHixgO0HQkhtI" },
                  "artists": [], "disc_number": 1, "duration_ms": 200000, "explicit": false, "external_urls": {}, "href": "https://api.spotify.com/v1/tracks/1", "id": "1", "is_local": false, "is_playable": true, "name": "Training Season", "popularity": 78, "preview_url": null, "track_number": 3, "type": "track", "uri": "spotify:track:1"
                },
                {
                  "album": { "album_type": "EP", "artists": [], "external_urls": {}, "href": "https://api.spotify.com/v1/albums/2", "id": "2", "images": [], "is_playable": false, "name": "Acoustic Sessions", "release_date": "2019", "release_date_precision": "year", "total_tracks": 4, "type": "album", "uri": "spotify:album:2" },
                  "artists": [], "disc_number": 1, "duration_ms": 190000, "explicit": false, "external_urls": {}, "href": "https://api.spotify.com/v1/tracks/2", "id": "2", "is_local": false, "is_playable": false, "name": "Demo", "popularity": 20, "preview_url": null, "track_number": 1, "type": "track", "uri": "spotify:track:2"
                }
              ]
            }
            """;

        ArtistTopTracks top = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.ArtistTopTracks)!;

        Assert.True(top.Tracks[0].Album.AlbumType == AlbumType.Single);
        Assert.Equal("SINGLE", top.Tracks[0].Album.AlbumType.ToString());
        Assert.Equal(AlbumType.Album, top.Tracks[1].Album.AlbumType);
        Assert.Equal(AlbumType.Ep, top.Tracks[2].Album.AlbumType);
        Assert.NotEqual(AlbumType.Single, top.Tracks[2].Album.AlbumType);
        Assert.Equal([true, true, false], top.Tracks.Select(t => t.Album.IsPlayable));
    }

    [Fact]
    public void Deserialize_RecommendationsWithUpperCaseCompilation_IsCompilation()
    {
        const string json = """{ "seeds": [], "tracks": [ { "album": { "album_type": "COMPILATION", "id": "c", "name": "Hits", "type": "album" }, "id": "t", "name": "Song", "type": "track" } ] }""";

        Recommendations recommendations = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Recommendations)!;

        Assert.Equal(AlbumType.Compilation, Assert.Single(recommendations.Tracks).Album.AlbumType);
    }

    [Fact]
    public void Deserialize_SimplifiedAlbumWithMarket_KeepsIsPlayable()
    {
        // A search result for albums with market=SE: is_playable is sent, and restrictions where it is false.
        const string json = """
            {
              "albums": {
                "href": "https://api.spotify.com/v1/search?offset=0&limit=2&query=discovery&type=album&market=SE",
                "items": [
                  { "album_type": "album", "artists": [], "external_urls": { "spotify": "https://open.spotify.com/album/2noRn2Aes5aoNVsU6iWThc" }, "href": "https://api.spotify.com/v1/albums/2noRn2Aes5aoNVsU6iWThc", "id": "2noRn2Aes5aoNVsU6iWThc", "images": [], "is_playable": true, "name": "Discovery", "release_date": "2001-03-12", "release_date_precision": "day", "total_tracks": 14, "type": "album", "uri": "spotify:album:2noRn2Aes5aoNVsU6iWThc" },
                  { "album_type": "single", "artists": [], "external_urls": {}, "href": "https://api.spotify.com/v1/albums/3", "id": "3", "images": [], "is_playable": false, "name": "Region locked", "release_date": "2010", "release_date_precision": "year", "restrictions": { "reason": "market" }, "total_tracks": 2, "type": "album", "uri": "spotify:album:3" },
                  { "album_type": "album", "artists": [], "external_urls": {}, "href": "https://api.spotify.com/v1/albums/4", "id": "4", "images": [], "name": "No market given", "release_date": "2010", "release_date_precision": "year", "total_tracks": 9, "type": "album", "uri": "spotify:album:4" }
                ],
                "limit": 3, "next": null, "offset": 0, "previous": null, "total": 3
              }
            }
            """;

        SearchResult result = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.SearchResult)!;

        Assert.NotNull(result.Albums);
        Assert.True(result.Albums.Items[0].IsPlayable);
        Assert.False(result.Albums.Items[1].IsPlayable);
        Assert.Equal(RestrictionReason.Market, result.Albums.Items[1].Restrictions?.Reason);
        Assert.Null(result.Albums.Items[2].IsPlayable);
        Assert.Contains("\"is_playable\":false", JsonSerializer.Serialize(result.Albums.Items[1], SpotifyJsonContext.Default.SimplifiedAlbum), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_AlbumAndDiscographyAlbumWithMarket_KeepIsPlayable()
    {
        Album album = JsonSerializer.Deserialize("""{ "id": "a", "is_playable": true }""", SpotifyJsonContext.Default.Album)!;
        Page<ArtistDiscographyAlbum> page = JsonSerializer.Deserialize("""{ "items": [ { "id": "b", "album_group": "single", "is_playable": false } ], "total": 1 }""", SpotifyJsonContext.Default.PageArtistDiscographyAlbum)!;

        Assert.True(album.IsPlayable);
        Assert.False(Assert.Single(page.Items).IsPlayable);
    }

    [Fact]
    public void Deserialize_ImageSizesAsFloatsOrNull_ReadsIntegers()
    {
        const string json = """
            [
              { "url": "https://i.scdn.co/image/a", "height": 640.0, "width": 640.0 },
              { "url": "https://i.scdn.co/image/b", "height": null, "width": null },
              { "url": "https://i.scdn.co/image/c", "height": 300, "width": 3e2 },
              { "url": "https://i.scdn.co/image/d" }
            ]
            """;

        Album album = JsonSerializer.Deserialize($$"""{ "images": {{json}} }""", SpotifyJsonContext.Default.Album)!;

        Assert.Equal(4, album.Images.Count);
        Assert.Equal(640, album.Images[0].Height);
        Assert.Equal(640, album.Images[0].Width);
        Assert.Null(album.Images[1].Height);
        Assert.Null(album.Images[1].Width);
        Assert.Equal("https://i.scdn.co/image/b", album.Images[1].Url);
        Assert.Equal(300, album.Images[2].Height);
        Assert.Equal(300, album.Images[2].Width);
        Assert.Null(album.Images[3].Height);
    }

    [Theory]
    [InlineData("640.5")]
    [InlineData("1e12")]
    [InlineData("true")]
    [InlineData("{}")]
    public void Deserialize_NonIntegralImageSize_ThrowsJsonException(string size)
    {
        string json = $$"""{ "url": "u", "height": {{size}} }""";

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Image));
    }

    [Fact]
    public void Deserialize_LocalTrack_HasNullIdAndIsLocal()
    {
        const string json = """
            {
              "href": "https://api.spotify.com/v1/albums/x/tracks?offset=0&limit=20",
              "items": [
                {
                  "artists": [
                    { "external_urls": {}, "href": null, "id": null, "name": "Local Artist", "type": "artist", "uri": null }
                  ],
                  "available_markets": [],
                  "disc_number": 0,
                  "duration_ms": 215000,
                  "explicit": false,
                  "external_urls": {},
                  "href": null,
                  "id": null,
                  "is_local": true,
                  "name": "My Demo",
                  "preview_url": null,
                  "track_number": 0,
                  "type": "track",
                  "uri": "spotify:local:Local+Artist:Demos:My+Demo:215"
                }
              ],
              "limit": 20,
              "next": null,
              "offset": 0,
              "previous": null,
              "total": 1
            }
            """;

        Page<SimplifiedTrack>? page = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PageSimplifiedTrack);

        Assert.NotNull(page);
        Assert.Equal(1, page.Total);
        Assert.Null(page.Next);
        SimplifiedTrack track = Assert.Single(page.Items);
        Assert.True(track.IsLocal);
        Assert.Null(track.Id);
        Assert.Null(track.Href);
        Assert.Equal("spotify:local:Local+Artist:Demos:My+Demo:215", track.Uri);
        Assert.Equal("My Demo", track.Name);
        Assert.Null(track.ExternalUrls.Spotify);
        Assert.NotNull(track.AvailableMarkets);
        Assert.Empty(track.AvailableMarkets);
        SimplifiedArtist artist = Assert.Single(track.Artists);
        Assert.Equal("Local Artist", artist.Name);
        Assert.Equal("", artist.Id);
        Assert.Equal("", artist.Uri);
    }

    [Fact]
    public void Deserialize_Restrictions_KeepKnownAndUnknownReasons()
    {
        const string json = """
            {
              "albums": [
                { "id": "a", "restrictions": { "reason": "market" } },
                { "id": "b", "restrictions": { "reason": "geo_blocked_future" } },
                { "id": "c", "restrictions": {} }
              ]
            }
            """;

        SeveralAlbums several = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.SeveralAlbums)!;

        Assert.Equal(RestrictionReason.Market, several.Albums[0]!.Restrictions!.Reason);
        Assert.Equal("geo_blocked_future", several.Albums[1]!.Restrictions!.Reason!.Value.Value);
        Assert.Null(several.Albums[2]!.Restrictions!.Reason);
    }

    [Fact]
    public void Deserialize_SeveralAlbumsWithNullEntries_KeepsOrder()
    {
        string json = $$"""{ "albums": [ {{AlbumJson}}, null, { "id": "4aawyAB9vmqN3uQ7FjRGTy", "name": "Global Warming", "album_type": "compilation" } ] }""";

        SeveralAlbums? several = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.SeveralAlbums);

        Assert.NotNull(several);
        Assert.Equal(3, several.Albums.Count);
        Assert.Equal("Discovery", several.Albums[0]!.Name);
        Assert.Null(several.Albums[1]);
        Assert.Equal("4aawyAB9vmqN3uQ7FjRGTy", several.Albums[2]!.Id);
        Assert.Equal(AlbumType.Compilation, several.Albums[2]!.AlbumType);
        Assert.Empty(several.Albums[2]!.Tracks.Items);
        Assert.Null(several.Albums[2]!.Label);
        Assert.Null(several.Albums[2]!.Popularity);
    }

    [Fact]
    public void Deserialize_SavedAlbumsPage_MapsItems()
    {
        string json = $$"""
            {
              "href": "https://api.spotify.com/v1/me/albums?offset=0&limit=2",
              "items": [
                { "added_at": "2024-03-01T12:34:56Z", "album": {{AlbumJson}} },
                { "added_at": "2019-11-05T08:00:00Z", "album": { "id": "6dVIqQ8qmQ5GBnJ9shOYGE", "name": "Abbey Road", "album_type": "album", "release_date": "1969", "release_date_precision": "year" } }
              ],
              "limit": 2,
              "next": "https://api.spotify.com/v1/me/albums?offset=2&limit=2",
              "offset": 0,
              "previous": null,
              "total": 57
            }
            """;

        Page<SavedAlbum>? page = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PageSavedAlbum);

        Assert.NotNull(page);
        Assert.Equal(57, page.Total);
        Assert.Equal(2, page.Limit);
        Assert.Equal("https://api.spotify.com/v1/me/albums?offset=2&limit=2", page.Next);
        Assert.Equal(2, page.Items.Count);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 12, 34, 56, TimeSpan.Zero), page.Items[0].AddedAt);
        Assert.Equal("Discovery", page.Items[0].Album.Name);
        Assert.Equal(2, page.Items[0].Album.Tracks.Items.Count);
        Assert.Equal(new DateTimeOffset(2019, 11, 5, 8, 0, 0, TimeSpan.Zero), page.Items[1].AddedAt);
        Assert.Equal("Abbey Road", page.Items[1].Album.Name);
        Assert.Equal(ReleaseDatePrecision.Year, page.Items[1].Album.ReleaseDatePrecision);
    }

    [Fact]
    public void Deserialize_NewReleases_MapsAlbumsPage()
    {
        const string json = """
            {
              "albums": {
                "href": "https://api.spotify.com/v1/browse/new-releases?offset=0&limit=1",
                "items": [
                  {
                    "album_type": "single",
                    "artists": [ { "external_urls": { "spotify": "https://open.spotify.com/artist/1" }, "href": "h", "id": "1", "name": "A", "type": "artist", "uri": "spotify:artist:1" } ],
                    "available_markets": ["AD"],
                    "external_urls": { "spotify": "https://open.spotify.com/album/5" },
                    "href": "https://api.spotify.com/v1/albums/5",
                    "id": "5",
                    "images": [ { "height": 640, "url": "https://i.scdn.co/image/5", "width": 640 } ],
                    "name": "New Single",
                    "release_date": "2026-11-20",
                    "release_date_precision": "day",
                    "total_tracks": 1,
                    "type": "album",
                    "uri": "spotify:album:5"
                  }
                ],
                "limit": 1,
                "next": "https://api.spotify.com/v1/browse/new-releases?offset=1&limit=1",
                "offset": 0,
                "previous": null,
                "total": 100
              }
            }
            """;

        NewReleases? releases = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.NewReleases);

        Assert.NotNull(releases);
        Assert.Equal(100, releases.Albums.Total);
        SimplifiedAlbum album = Assert.Single(releases.Albums.Items);
        Assert.Equal(AlbumType.Single, album.AlbumType);
        Assert.Equal("New Single", album.Name);
        Assert.Equal(["AD"], album.AvailableMarkets);
        Assert.Equal("A", Assert.Single(album.Artists).Name);
        Assert.Equal(640, Assert.Single(album.Images).Height);
    }

    [Fact]
    public void Deserialize_MissingOrNullFields_ReadAsEmptyValues()
    {
        Album album = JsonSerializer.Deserialize("""{ "images": null, "name": null, "tracks": { "items": null } }""", SpotifyJsonContext.Default.Album)!;

        Assert.Equal("", album.Id);
        Assert.Equal("", album.Name);
        Assert.Empty(album.Images);
        Assert.Empty(album.Artists);
        Assert.Empty(album.Copyrights);
        Assert.Empty(album.Tracks.Items);
        Assert.Null(album.ExternalUrls.Spotify);
        Assert.Null(album.ExternalIds);
        Assert.Equal("", album.AlbumType.Value);
        Assert.Null(album.AvailableMarkets);
        Assert.Null(album.Genres);
        Assert.Null(album.Label);
        Assert.Null(album.Popularity);

        SavedAlbum saved = JsonSerializer.Deserialize("{}", SpotifyJsonContext.Default.SavedAlbum)!;
        Assert.Equal("", saved.Album.Id);
        NewReleases releases = JsonSerializer.Deserialize("{}", SpotifyJsonContext.Default.NewReleases)!;
        Assert.Empty(releases.Albums.Items);
    }

    [Fact]
    public void Deserialize_ContainsResponse_ReadsBooleans()
    {
        IReadOnlyList<bool>? values = JsonSerializer.Deserialize("[true,false,true]", SpotifyJsonContext.Default.IReadOnlyListBoolean);

        Assert.Equal([true, false, true], values);
    }
}
