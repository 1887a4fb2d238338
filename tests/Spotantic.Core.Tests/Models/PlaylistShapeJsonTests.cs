using System.Text.Json;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

/// <summary>
/// Playlists in both shapes Spotify sends: the former names (<c>tracks</c> on the playlist, <c>track</c> on each item) and the
/// names of 2026 (<c>items</c>, <c>item</c>). Either fills the current properties and the former ones.
/// </summary>
public sealed class PlaylistShapeJsonTests
{
    private const string TrackJson = """
        {
          "album": { "album_type": "album", "artists": [], "external_urls": { "spotify": "https://open.spotify.com/album/1ATL5GLyefJaxhQzSPVrLX" }, "href": "https://api.spotify.com/v1/albums/1ATL5GLyefJaxhQzSPVrLX", "id": "1ATL5GLyefJaxhQzSPVrLX", "images": [], "name": "Evolve", "release_date": "2017-06-23", "release_date_precision": "day", "total_tracks": 12, "type": "album", "uri": "spotify:album:1ATL5GLyefJaxhQzSPVrLX" },
          "artists": [ { "external_urls": { "spotify": "https://open.spotify.com/artist/53XhwfbYqKCa1cC15pYq2q" }, "href": "https://api.spotify.com/v1/artists/53XhwfbYqKCa1cC15pYq2q", "id": "53XhwfbYqKCa1cC15pYq2q", "name": "Imagine Dragons", "type": "artist", "uri": "spotify:artist:53XhwfbYqKCa1cC15pYq2q" } ],
          "disc_number": 1,
          "duration_ms": 187026,
          "episode": false,
          "explicit": false,
          "external_ids": { "isrc": "USUM71703085" },
          "external_urls": { "spotify": "https://open.spotify.com/track/0pqnGHJpmpxLKifKRmU6WP" },
          "href": "https://api.spotify.com/v1/tracks/0pqnGHJpmpxLKifKRmU6WP",
          "id": "0pqnGHJpmpxLKifKRmU6WP",
          "is_local": false,
          "name": "Believer",
          "popularity": 84,
          "preview_url": null,
          "track": true,
          "track_number": 1,
          "type": "track",
          "uri": "spotify:track:0pqnGHJpmpxLKifKRmU6WP"
        }
        """;

    private const string EpisodeJson = """
        {
          "description": "Interviews with builders.",
          "duration_ms": 2712000,
          "explicit": false,
          "external_urls": { "spotify": "https://open.spotify.com/episode/7makk4oTQel546B0PZlDM5" },
          "href": "https://api.spotify.com/v1/episodes/7makk4oTQel546B0PZlDM5",
          "html_description": "<p>Interviews with builders.</p>",
          "id": "7makk4oTQel546B0PZlDM5",
          "images": [],
          "is_externally_hosted": false,
          "is_playable": true,
          "languages": [ "en" ],
          "name": "Episode 42",
          "release_date": "2025-11-04",
          "release_date_precision": "day",
          "show": { "id": "5CfCWKI5pZ28U0uOzXkDHe", "name": "Builders", "total_episodes": 120, "type": "show", "uri": "spotify:show:5CfCWKI5pZ28U0uOzXkDHe" },
          "type": "episode",
          "uri": "spotify:episode:7makk4oTQel546B0PZlDM5"
        }
        """;

    private const string AddedByJson = """{ "external_urls": { "spotify": "https://open.spotify.com/user/smedjan" }, "href": "https://api.spotify.com/v1/users/smedjan", "id": "smedjan", "type": "user", "uri": "spotify:user:smedjan" }""";

    // {0}: the name of the page ("tracks" before 2026, "items" since); {1}: the name of each entry ("track" or "item").
    private static string PlaylistJson(string pageName, string entryName) => $$"""
        {
          "collaborative": false,
          "description": "Songs for the road",
          "external_urls": { "spotify": "https://open.spotify.com/playlist/59ZbFPES4DQwEjBpWHzrtC" },
          "followers": { "href": null, "total": 3 },
          "href": "https://api.spotify.com/v1/playlists/59ZbFPES4DQwEjBpWHzrtC",
          "id": "59ZbFPES4DQwEjBpWHzrtC",
          "images": [ { "height": null, "url": "https://mosaic.scdn.co/640/ab67616d0000b273", "width": null } ],
          "name": "Road trip",
          "owner": { "display_name": "Smedjan", "external_urls": { "spotify": "https://open.spotify.com/user/smedjan" }, "href": "https://api.spotify.com/v1/users/smedjan", "id": "smedjan", "type": "user", "uri": "spotify:user:smedjan" },
          "primary_color": null,
          "public": true,
          "snapshot_id": "AAAAB8a2ZmQ5NmQ0",
          "{{pageName}}": {
            "href": "https://api.spotify.com/v1/playlists/59ZbFPES4DQwEjBpWHzrtC/items?offset=0&limit=100",
            "items": [
              { "added_at": "2025-12-01T09:30:00Z", "added_by": {{AddedByJson}}, "is_local": false, "primary_color": null, "{{entryName}}": {{TrackJson}}, "video_thumbnail": { "url": null } },
              { "added_at": "2025-12-02T10:00:00Z", "added_by": {{AddedByJson}}, "is_local": false, "primary_color": null, "{{entryName}}": {{EpisodeJson}}, "video_thumbnail": { "url": null } }
            ],
            "limit": 100,
            "next": null,
            "offset": 0,
            "previous": null,
            "total": 2
          },
          "type": "playlist",
          "uri": "spotify:playlist:59ZbFPES4DQwEjBpWHzrtC"
        }
        """;

    private static string SimplifiedPlaylistJson(string refName) => $$"""
        {
          "collaborative": false,
          "description": "",
          "external_urls": { "spotify": "https://open.spotify.com/playlist/59ZbFPES4DQwEjBpWHzrtC" },
          "href": "https://api.spotify.com/v1/playlists/59ZbFPES4DQwEjBpWHzrtC",
          "id": "59ZbFPES4DQwEjBpWHzrtC",
          "images": [],
          "name": "Road trip",
          "owner": { "display_name": "Smedjan", "external_urls": { "spotify": "https://open.spotify.com/user/smedjan" }, "href": "https://api.spotify.com/v1/users/smedjan", "id": "smedjan", "type": "user", "uri": "spotify:user:smedjan" },
          "primary_color": null,
          "public": true,
          "snapshot_id": "AAAAB8a2ZmQ5NmQ0",
          "{{refName}}": { "href": "https://api.spotify.com/v1/playlists/59ZbFPES4DQwEjBpWHzrtC/{{refName}}", "total": 42 },
          "type": "playlist",
          "uri": "spotify:playlist:59ZbFPES4DQwEjBpWHzrtC"
        }
        """;

    [Theory]
    [InlineData("tracks", "track")]
    [InlineData("items", "item")]
    [InlineData("items", "track")]
    [InlineData("tracks", "item")]
    public void Deserialize_PlaylistInEitherShape_FillsItemsAndTracks(string pageName, string entryName)
    {
        Playlist playlist = JsonSerializer.Deserialize(PlaylistJson(pageName, entryName), SpotifyJsonContext.Default.Playlist)!;

        Assert.NotNull(playlist.Items);
        Assert.Equal(2, playlist.Items.Total);
        Assert.Equal(2, playlist.Items.Items.Count);
        Assert.Same(playlist.Items, playlist.Tracks);

        // Both names go through the polymorphic converter.
        Track track = Assert.IsType<Track>(playlist.Items.Items[0].Item);
        Assert.Equal("Believer", track.Name);
        Assert.Same(track, playlist.Items.Items[0].Track);
        Episode episode = Assert.IsType<Episode>(playlist.Items.Items[1].Item);
        Assert.Equal("Builders", episode.Show.Name);
        Assert.Same(episode, playlist.Items.Items[1].Track);
        Assert.Equal("smedjan", playlist.Items.Items[0].AddedBy?.Id);
    }

    [Fact]
    public void Deserialize_PlaylistInOldAndNewShape_AreEqual()
    {
        Playlist before = JsonSerializer.Deserialize(PlaylistJson("tracks", "track"), SpotifyJsonContext.Default.Playlist)!;
        Playlist after = JsonSerializer.Deserialize(PlaylistJson("items", "item"), SpotifyJsonContext.Default.Playlist)!;

        // Records compare lists by reference, so compare what each writes: the same playlist, whichever names it came in.
        Assert.Equal(JsonSerializer.Serialize(before, SpotifyJsonContext.Default.Playlist), JsonSerializer.Serialize(after, SpotifyJsonContext.Default.Playlist));
        Assert.Equal(before.Items!.Items[0].AddedBy, after.Items!.Items[0].AddedBy);
    }

    [Theory]
    [InlineData("track")]
    [InlineData("item")]
    public void Deserialize_PlaylistItemInEitherShape_FillsItemAndTrack(string entryName)
    {
        string json = $$"""{ "added_at": "2025-12-01T09:30:00Z", "added_by": {{AddedByJson}}, "is_local": false, "{{entryName}}": {{EpisodeJson}} }""";

        PlaylistItem item = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlaylistItem)!;

        Assert.Equal("Episode 42", Assert.IsType<Episode>(item.Item).Name);
        Assert.Same(item.Item, item.Track);
    }

    [Fact]
    public void Deserialize_PlaylistItemWithBothNames_KeepsEach()
    {
        string json = $$"""{ "is_local": false, "item": {{EpisodeJson}}, "track": {{TrackJson}} }""";

        PlaylistItem item = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlaylistItem)!;

        Assert.IsType<Episode>(item.Item);
        Assert.IsType<Track>(item.Track);
    }

    [Fact]
    public void Deserialize_PlaylistItemWithNullItem_HasNeither()
    {
        PlaylistItem item = JsonSerializer.Deserialize("""{ "added_at": "2025-12-01T09:30:00Z", "is_local": false, "item": null }""", SpotifyJsonContext.Default.PlaylistItem)!;

        Assert.Null(item.Item);
        Assert.Null(item.Track);
    }

    [Fact]
    public void Deserialize_PageOfPlaylistItemsInOldShape_FillsItem()
    {
        string json = $$"""{ "href": "h", "items": [ { "is_local": false, "track": {{TrackJson}} } ], "limit": 100, "next": null, "offset": 0, "previous": null, "total": 1 }""";

        Page<PlaylistItem> page = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PagePlaylistItem)!;

        Assert.Equal("Believer", Assert.IsType<Track>(Assert.Single(page.Items).Item).Name);
    }

    [Theory]
    [InlineData("tracks")]
    [InlineData("items")]
    public void Deserialize_SimplifiedPlaylistInEitherShape_FillsItemsAndTracks(string refName)
    {
        SimplifiedPlaylist playlist = JsonSerializer.Deserialize(SimplifiedPlaylistJson(refName), SpotifyJsonContext.Default.SimplifiedPlaylist)!;

        Assert.NotNull(playlist.Items);
        Assert.Equal(42, playlist.Items.Total);
        Assert.Equal($"https://api.spotify.com/v1/playlists/59ZbFPES4DQwEjBpWHzrtC/{refName}", playlist.Items.Href);
        Assert.Same(playlist.Items, playlist.Tracks);
    }

    [Fact]
    public void Deserialize_SimplifiedPlaylistWithoutItemsRef_IsNullNotZero()
    {
        // Development-mode apps get /me/playlists entries without either name.
        string json = SimplifiedPlaylistJson("unused").Replace("""
          "unused": { "href": "https://api.spotify.com/v1/playlists/59ZbFPES4DQwEjBpWHzrtC/unused", "total": 42 },

          """, "", StringComparison.Ordinal);
        Assert.DoesNotContain("unused", json, StringComparison.Ordinal);

        SimplifiedPlaylist playlist = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.SimplifiedPlaylist)!;

        Assert.Null(playlist.Items);
        Assert.Null(playlist.Tracks);
        Assert.Equal("Road trip", playlist.Name);
    }

    [Fact]
    public void Deserialize_PlaylistOfAnotherUserWithoutItems_IsNullNotAnEmptyPage()
    {
        const string json = """{ "collaborative": false, "description": null, "followers": { "href": null, "total": 12 }, "id": "3cEYpjA9oz9GiPac4AsH4n", "name": "Not mine", "owner": { "id": "someone" }, "public": true, "snapshot_id": "MTAsZDVmZjM", "type": "playlist", "uri": "spotify:playlist:3cEYpjA9oz9GiPac4AsH4n" }""";

        Playlist playlist = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Playlist)!;

        Assert.Null(playlist.Items);
        Assert.Null(playlist.Tracks);
    }

    [Fact]
    public void Serialize_PlaylistReadInOldShape_RoundTrips()
    {
        Playlist playlist = JsonSerializer.Deserialize(PlaylistJson("tracks", "track"), SpotifyJsonContext.Default.Playlist)!;

        string written = JsonSerializer.Serialize(playlist, SpotifyJsonContext.Default.Playlist);
        Playlist again = JsonSerializer.Deserialize(written, SpotifyJsonContext.Default.Playlist)!;

        Assert.Equal(written, JsonSerializer.Serialize(again, SpotifyJsonContext.Default.Playlist));
        Assert.Equal(playlist.Items!.Items.Select(i => i.Item?.Uri), again.Items!.Items.Select(i => i.Item?.Uri));
        Assert.Equal(playlist.Items.Items.Select(i => i.Item?.GetType()), again.Tracks!.Items.Select(i => i.Track?.GetType()));
    }

    [Fact]
    public void Init_EitherName_FillsTheOther()
    {
        var page = new Page<PlaylistItem> { Total = 1 };
        Track track = new() { Name = "x" };

        Assert.Same(page, new Playlist { Tracks = page }.Items);
        Assert.Same(page, new Playlist { Items = page }.Tracks);
        Assert.Same(track, new PlaylistItem { Track = track }.Item);
        Assert.Same(track, new PlaylistItem { Item = track }.Track);
        var tracksRef = new PlaylistTracksRef { Total = 3 };
        Assert.Same(tracksRef, new SimplifiedPlaylist { Tracks = tracksRef }.Items);
        Assert.Same(tracksRef, new SimplifiedPlaylist { Items = tracksRef }.Tracks);
    }
}
