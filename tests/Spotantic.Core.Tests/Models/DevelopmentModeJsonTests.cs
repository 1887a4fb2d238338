using System.Text.Json;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

/// <summary>
/// Responses to apps in development mode, which since February/March 2026 no longer carry some fields: each of them reads
/// as <see langword="null"/>, never as 0, <see langword="false"/> or an empty object a caller could take for real data.
/// </summary>
public sealed class DevelopmentModeJsonTests
{
    private const string ArtistRefJson = """{ "external_urls": { "spotify": "https://open.spotify.com/artist/0k17h0D3J5VfsdmQ1iZtE9" }, "href": "https://api.spotify.com/v1/artists/0k17h0D3J5VfsdmQ1iZtE9", "id": "0k17h0D3J5VfsdmQ1iZtE9", "name": "Pink Floyd", "type": "artist", "uri": "spotify:artist:0k17h0D3J5VfsdmQ1iZtE9" }""";

    // No available_markets, external_ids, linked_from or popularity; the album has no available_markets and no total_tracks.
    private const string TrackJson = $$"""
        {
          "album": {
            "album_type": "album",
            "artists": [ {{ArtistRefJson}} ],
            "external_urls": { "spotify": "https://open.spotify.com/album/4LH4d3cOWNNsVw41Gqt2kv" },
            "href": "https://api.spotify.com/v1/albums/4LH4d3cOWNNsVw41Gqt2kv",
            "id": "4LH4d3cOWNNsVw41Gqt2kv",
            "images": [ { "height": 640, "url": "https://i.scdn.co/image/ab67616d0000b273ea7c", "width": 640 } ],
            "name": "The Dark Side of the Moon",
            "release_date": "1973-03-01",
            "release_date_precision": "day",
            "type": "album",
            "uri": "spotify:album:4LH4d3cOWNNsVw41Gqt2kv"
          },
          "artists": [ {{ArtistRefJson}} ],
          "disc_number": 1,
          "duration_ms": 382296,
          "explicit": false,
          "external_urls": { "spotify": "https://open.spotify.com/track/0vFOzaXqZHahrZp6enQwQb" },
          "href": "https://api.spotify.com/v1/tracks/0vFOzaXqZHahrZp6enQwQb",
          "id": "0vFOzaXqZHahrZp6enQwQb",
          "is_local": false,
          "name": "Money",
          "preview_url": null,
          "track_number": 6,
          "type": "track",
          "uri": "spotify:track:0vFOzaXqZHahrZp6enQwQb"
        }
        """;

    // No available_markets, external_ids, label or popularity.
    private const string AlbumJson = $$"""
        {
          "album_type": "album",
          "total_tracks": 10,
          "external_urls": { "spotify": "https://open.spotify.com/album/4LH4d3cOWNNsVw41Gqt2kv" },
          "href": "https://api.spotify.com/v1/albums/4LH4d3cOWNNsVw41Gqt2kv",
          "id": "4LH4d3cOWNNsVw41Gqt2kv",
          "images": [],
          "name": "The Dark Side of the Moon",
          "release_date": "1973-03-01",
          "release_date_precision": "day",
          "type": "album",
          "uri": "spotify:album:4LH4d3cOWNNsVw41Gqt2kv",
          "artists": [ {{ArtistRefJson}} ],
          "tracks": { "href": "https://api.spotify.com/v1/albums/4LH4d3cOWNNsVw41Gqt2kv/tracks?offset=0&limit=50", "items": [], "limit": 50, "next": null, "offset": 0, "previous": null, "total": 10 },
          "copyrights": [ { "text": "© 2023 Pink Floyd Music Ltd.", "type": "C" } ],
          "genres": []
        }
        """;

    [Fact]
    public void Deserialize_DevelopmentModeTrack_LeavesRemovedFieldsNull()
    {
        Track track = Assert.IsType<Track>(JsonSerializer.Deserialize(TrackJson, SpotifyJsonContext.Default.PlayableItem));

        Assert.Equal("Money", track.Name);
        Assert.Null(track.Popularity);
        Assert.Null(track.AvailableMarkets);
        Assert.Null(track.ExternalIds);
        Assert.Null(track.LinkedFrom);
        Assert.Null(track.IsPlayable);
        Assert.Null(track.Album.AvailableMarkets);
        Assert.Null(track.Album.TotalTracks);
        Assert.Equal("The Dark Side of the Moon", track.Album.Name);
    }

    [Fact]
    public void Deserialize_DevelopmentModeAlbum_LeavesRemovedFieldsNull()
    {
        Album album = JsonSerializer.Deserialize(AlbumJson, SpotifyJsonContext.Default.Album)!;

        Assert.Equal(10, album.TotalTracks);
        Assert.Null(album.Popularity);
        Assert.Null(album.AvailableMarkets);
        Assert.Null(album.ExternalIds);
        Assert.Null(album.Label);
        Assert.Null(album.IsPlayable);
    }

    [Fact]
    public void Deserialize_DevelopmentModeArtist_LeavesRemovedFieldsNull()
    {
        const string json = """{ "external_urls": { "spotify": "https://open.spotify.com/artist/0k17h0D3J5VfsdmQ1iZtE9" }, "genres": [], "href": "https://api.spotify.com/v1/artists/0k17h0D3J5VfsdmQ1iZtE9", "id": "0k17h0D3J5VfsdmQ1iZtE9", "images": [], "name": "Pink Floyd", "type": "artist", "uri": "spotify:artist:0k17h0D3J5VfsdmQ1iZtE9" }""";

        Artist artist = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Artist)!;

        Assert.Equal("Pink Floyd", artist.Name);
        Assert.Null(artist.Followers);
        Assert.Null(artist.Popularity);
    }

    [Fact]
    public void Deserialize_DevelopmentModeCurrentUser_LeavesRemovedFieldsNull()
    {
        const string json = """{ "display_name": "Smedjan", "external_urls": { "spotify": "https://open.spotify.com/user/smedjan" }, "href": "https://api.spotify.com/v1/users/smedjan", "id": "smedjan", "images": [], "type": "user", "uri": "spotify:user:smedjan" }""";

        PrivateUser user = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PrivateUser)!;

        Assert.Equal("smedjan", user.Id);
        Assert.Null(user.Country);
        Assert.Null(user.Email);
        Assert.Null(user.Product);
        Assert.Null(user.ExplicitContent);
        Assert.Null(user.Followers);

        PublicUser publicUser = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PublicUser)!;
        Assert.Null(publicUser.Followers);
    }

    [Fact]
    public void Deserialize_DevelopmentModeShow_LeavesRemovedFieldsNull()
    {
        const string json = """{ "copyrights": [], "description": "d", "explicit": false, "external_urls": {}, "href": "https://api.spotify.com/v1/shows/5CfCWKI5pZ28U0uOzXkDHe", "html_description": "d", "id": "5CfCWKI5pZ28U0uOzXkDHe", "images": [], "is_externally_hosted": false, "languages": [ "en" ], "media_type": "audio", "name": "Builders", "total_episodes": 120, "type": "show", "uri": "spotify:show:5CfCWKI5pZ28U0uOzXkDHe" }""";

        Show show = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Show)!;

        Assert.Null(show.AvailableMarkets);
        Assert.Null(show.Publisher);
        Assert.Equal(120, show.TotalEpisodes);
    }

    [Fact]
    public void Deserialize_PlaylistWithoutFollowers_IsNullNotZero()
    {
        Playlist playlist = JsonSerializer.Deserialize("""{ "id": "59ZbFPES4DQwEjBpWHzrtC", "name": "Road trip" }""", SpotifyJsonContext.Default.Playlist)!;

        Assert.Null(playlist.Followers);
    }

    [Fact]
    public void Deserialize_FieldsSentAsEmptyOrZero_StayDistinctFromAbsent()
    {
        Track track = JsonSerializer.Deserialize("""{ "type": "track", "popularity": 0, "available_markets": [], "external_ids": {}, "album": { "total_tracks": 0 } }""", SpotifyJsonContext.Default.Track)!;

        Assert.Equal(0, track.Popularity);
        Assert.Equal([], track.AvailableMarkets);
        Assert.NotNull(track.ExternalIds);
        Assert.Null(track.ExternalIds.Isrc);
        Assert.Equal(0, track.Album.TotalTracks);
    }
}
