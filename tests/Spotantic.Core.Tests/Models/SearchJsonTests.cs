using System.Text.Json;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

public sealed class SearchJsonTests
{
    [Fact]
    public void Deserialize_PlaylistPageWithNullItems_KeepsNullsInPlace()
    {
        const string json = """
            {
              "playlists": {
                "href": "https://api.spotify.com/v1/search?offset=0&limit=4&query=chill&type=playlist",
                "items": [
                  null,
                  { "collaborative": false, "description": "Kick back", "id": "37i9dQZF1DX4WYpdgoIcn6", "name": "Chill Hits", "owner": { "display_name": "Spotify", "id": "spotify", "type": "user" }, "public": true, "snapshot_id": "ZnRz", "items": { "href": "https://api.spotify.com/v1/playlists/37i9dQZF1DX4WYpdgoIcn6/items", "total": 150 }, "tracks": { "href": "https://api.spotify.com/v1/playlists/37i9dQZF1DX4WYpdgoIcn6/tracks", "total": 150 }, "type": "playlist", "uri": "spotify:playlist:37i9dQZF1DX4WYpdgoIcn6" },
                  null,
                  { "description": null, "id": "1vGAbsrTqUMEVhi6xFCGb7", "name": "chill vibes", "owner": { "display_name": null, "id": "someone" }, "public": null, "type": "playlist" }
                ],
                "limit": 4,
                "next": "https://api.spotify.com/v1/search?offset=4&limit=4&query=chill&type=playlist",
                "offset": 0,
                "previous": null,
                "total": 900
              }
            }
            """;

        SearchResult? result = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.SearchResult);

        Assert.NotNull(result);
        Assert.NotNull(result.Playlists);
        Assert.Equal(4, result.Playlists.Items.Count);
        Assert.Null(result.Playlists.Items[0]);
        Assert.Null(result.Playlists.Items[2]);
        SimplifiedPlaylist? chill = result.Playlists.Items[1];
        Assert.NotNull(chill);
        Assert.Equal("Chill Hits", chill.Name);
        Assert.Equal("Spotify", chill.Owner.DisplayName);
        Assert.Equal(150, chill.Items?.Total);
        Assert.Equal(150, chill.Tracks?.Total);
        Assert.True(chill.Public);
        SimplifiedPlaylist? vibes = result.Playlists.Items[3];
        Assert.NotNull(vibes);
        Assert.Null(vibes.Description);
        Assert.Null(vibes.Public);
        Assert.Null(vibes.Owner.DisplayName);
        Assert.Null(vibes.Tracks);
        Assert.Null(vibes.Items);
        Assert.Equal(900, result.Playlists.Total);
        Assert.Null(result.Tracks);
        Assert.Null(result.Artists);
        Assert.Null(result.Albums);
        Assert.Null(result.Shows);
        Assert.Null(result.Episodes);
        Assert.Null(result.Audiobooks);
    }

    [Fact]
    public void Deserialize_TrackAndArtistPages_ReadOnlyRequestedTypes()
    {
        const string json = """
            {
              "tracks": { "href": "h", "items": [ { "id": "0DiWol3AO6WpXZgp0goxAV", "name": "One More Time", "type": "track", "album": { "name": "Discovery" } } ], "limit": 1, "next": null, "offset": 0, "previous": null, "total": 1 },
              "artists": { "href": "h", "items": [ { "id": "4tZwfgrHOc3mvqYlEYSvVi", "name": "Daft Punk", "type": "artist" } ], "limit": 1, "next": "n", "offset": 0, "previous": null, "total": 12 }
            }
            """;

        SearchResult? result = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.SearchResult);

        Assert.NotNull(result);
        Assert.Equal("Discovery", Assert.Single(result.Tracks!.Items).Album.Name);
        Artist artist = Assert.Single(result.Artists!.Items);
        Assert.Equal("Daft Punk", artist.Name);
        Assert.Null(artist.Followers);
        Assert.Null(artist.Genres);
        Assert.Equal("n", result.Artists.Next);
        Assert.Null(result.Playlists);
        Assert.Null(result.Audiobooks);
    }

    [Fact]
    public void Serialize_SearchResult_OmitsTypesNotSearched()
    {
        var result = new SearchResult { Albums = new Page<SimplifiedAlbum> { Total = 3 } };

        string json = JsonSerializer.Serialize(result, SpotifyJsonContext.Default.SearchResult);

        Assert.Equal("""{"albums":{"href":"","items":[],"limit":0,"offset":0,"total":3}}""", json);
    }
}
