using System.Text.Json;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

public sealed class PlayerJsonTests
{
    [Fact]
    public void Deserialize_PlaybackStateWithEpisode_ReturnsEpisodeAndState()
    {
        const string json = """
            {
              "device": { "id": "ed01a3ca8def0a1772eab7be6c4b0bb37b06163e", "is_active": true, "is_private_session": false, "is_restricted": false, "name": "Web Player (Chrome)", "supports_volume": true, "type": "Computer", "volume_percent": 100 },
              "shuffle_state": true,
              "smart_shuffle": false,
              "repeat_state": "context",
              "timestamp": 1714412400123,
              "context": { "external_urls": { "spotify": "https://open.spotify.com/show/38bS44xjbVVZ3No3ByF1dJ" }, "href": "https://api.spotify.com/v1/shows/38bS44xjbVVZ3No3ByF1dJ", "type": "show", "uri": "spotify:show:38bS44xjbVVZ3No3ByF1dJ" },
              "progress_ms": 61234,
              "item": {
                "description": "d",
                "duration_ms": 3000000,
                "explicit": false,
                "external_urls": { "spotify": "https://open.spotify.com/episode/512ojhOuo1ktJprKbVcKyQ" },
                "href": "https://api.spotify.com/v1/episodes/512ojhOuo1ktJprKbVcKyQ",
                "id": "512ojhOuo1ktJprKbVcKyQ",
                "images": [],
                "is_externally_hosted": false,
                "is_playable": true,
                "languages": [ "en" ],
                "name": "Episode 12",
                "release_date": "2024-04",
                "release_date_precision": "month",
                "show": { "id": "38bS44xjbVVZ3No3ByF1dJ", "name": "The Pod Show", "type": "show" },
                "type": "episode",
                "uri": "spotify:episode:512ojhOuo1ktJprKbVcKyQ"
              },
              "currently_playing_type": "episode",
              "actions": { "disallows": { "resuming": true, "toggling_repeat_track": true } },
              "is_playing": true
            }
            """;

        PlaybackState? state = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlaybackState);

        Assert.NotNull(state);
        Episode episode = Assert.IsType<Episode>(state.Item);
        Assert.Equal("Episode 12", episode.Name);
        Assert.Equal("The Pod Show", episode.Show.Name);
        Assert.Equal(ReleaseDatePrecision.Month, episode.ReleaseDatePrecision);
        Assert.Equal(CurrentlyPlayingType.Episode, state.CurrentlyPlayingType);
        Assert.Equal(RepeatState.Context, state.RepeatState);
        Assert.True(state.ShuffleState);
        Assert.True(state.IsPlaying);
        Assert.Equal(61234, state.ProgressMs);
        Assert.Equal(1714412400123L, state.Timestamp);
        Assert.Equal("spotify:show:38bS44xjbVVZ3No3ByF1dJ", state.Context?.Uri);
        Assert.Equal("show", state.Context?.Type);
        Assert.Equal("ed01a3ca8def0a1772eab7be6c4b0bb37b06163e", state.Device.Id);
        Assert.Equal(DeviceType.Computer, state.Device.Type);
        Assert.Equal(100, state.Device.VolumePercent);
        Assert.True(state.Device.SupportsVolume);
        Assert.NotNull(state.Actions.Disallows);
        Assert.True(state.Actions.Disallows.Resuming);
        Assert.True(state.Actions.Disallows.TogglingRepeatTrack);
        Assert.Null(state.Actions.Disallows.Pausing);
        Assert.True(state.Actions.Resuming);
        Assert.False(state.SmartShuffle);
    }

    // A /me/player response as Spotify sends it today: smart_shuffle (absent from the specification), supports_volume, and
    // actions nested under "disallows" with only the disallowed keys.
    private const string PlayerStateJson = """
        {
          "device": {
            "id": "4f6b1e0c9a2d47c3b8e5f1a2c3d4e5f60718293a",
            "is_active": true,
            "is_private_session": false,
            "is_restricted": false,
            "name": "Kitchen",
            "supports_volume": true,
            "type": "Speaker",
            "volume_percent": 35
          },
          "shuffle_state": true,
          "smart_shuffle": true,
          "repeat_state": "off",
          "timestamp": 1767600000123,
          "context": {
            "external_urls": { "spotify": "https://open.spotify.com/playlist/6f1bI3fMqxUHLbAwNXrKHb" },
            "href": "https://api.spotify.com/v1/playlists/6f1bI3fMqxUHLbAwNXrKHb",
            "type": "playlist",
            "uri": "spotify:playlist:6f1bI3fMqxUHLbAwNXrKHb"
          },
          "progress_ms": 48210,
          "item": {
            "album": {
              "album_type": "album",
              "artists": [ { "external_urls": { "spotify": "https://open.spotify.com/artist/4tZwfgrHOc3mvqYlEYSvVi" }, "href": "https://api.spotify.com/v1/artists/4tZwfgrHOc3mvqYlEYSvVi", "id": "4tZwfgrHOc3mvqYlEYSvVi", "name": "Daft Punk", "type": "artist", "uri": "spotify:artist:4tZwfgrHOc3mvqYlEYSvVi" } ],
              "external_urls": { "spotify": "https://open.spotify.com/album/2noRn2Aes5aoNVsU6iWThc" },
              "href": "https://api.spotify.com/v1/albums/2noRn2Aes5aoNVsU6iWThc",
              "id": "2noRn2Aes5aoNVsU6iWThc",
              "images": [ { "height": 640, "url": "https://i.scdn.co/image/ab67616d0000b273d8b2", "width": 640 } ],
              "name": "Discovery",
              "release_date": "2001-03-12",
              "release_date_precision": "day",
              "total_tracks": 14,
              "type": "album",
              "uri": "spotify:album:2noRn2Aes5aoNVsU6iWThc"
            },
            "artists": [ { "external_urls": { "spotify": "https://open.spotify.com/artist/4tZwfgrHOc3mvqYlEYSvVi" }, "href": "https://api.spotify.com/v1/artists/4tZwfgrHOc3mvqYlEYSvVi", "id": "4tZwfgrHOc3mvqYlEYSvVi", "name": "Daft Punk", "type": "artist", "uri": "spotify:artist:4tZwfgrHOc3mvqYlEYSvVi" } ],
            "disc_number": 1,
            "duration_ms": 212546,
            "explicit": false,
            "external_ids": { "isrc": "GBDUW0000054" },
            "external_urls": { "spotify": "https://open.spotify.com/track/2VEZx7NWsZ1D0eJ4uv5Fym" },
            "href": "https://api.spotify.com/v1/tracks/2VEZx7NWsZ1D0eJ4uv5Fym",
            "id": "2VEZx7NWsZ1D0eJ4uv5Fym",
            "is_local": false,
            "name": "Aerodynamic",
            "popularity": 70,
            "preview_url": null,
            "track_number": 2,
            "type": "track",
            "uri": "spotify:track:2VEZx7NWsZ1D0eJ4uv5Fym"
          },
          "currently_playing_type": "track",
          "actions": { "disallows": { "resuming": true } },
          "is_playing": true
        }
        """;

    // What /me/player answers with 200 when a device is active but nothing is loaded.
    private const string NothingPlayingJson = """
        {
          "device": { "id": "4f6b1e0c9a2d47c3b8e5f1a2c3d4e5f60718293a", "is_active": true, "is_private_session": false, "is_restricted": false, "name": "Kitchen", "supports_volume": false, "type": "Speaker", "volume_percent": 35 },
          "shuffle_state": false,
          "smart_shuffle": false,
          "repeat_state": "off",
          "timestamp": 0,
          "context": null,
          "progress_ms": 0,
          "item": null,
          "currently_playing_type": "unknown",
          "actions": { "disallows": { "resuming": true, "skipping_prev": true } },
          "is_playing": false
        }
        """;

    [Fact]
    public void Deserialize_RealPlayerStateWithSmartShuffleAndDisallows_KeepsEverything()
    {
        PlaybackState state = JsonSerializer.Deserialize(PlayerStateJson, SpotifyJsonContext.Default.PlaybackState)!;

        Assert.True(state.SmartShuffle);
        Assert.True(state.ShuffleState);
        Assert.True(state.Device.SupportsVolume);
        Assert.Equal(DeviceType.Speaker, state.Device.Type);
        Assert.Equal("Aerodynamic", Assert.IsType<Track>(state.Item).Name);
        Assert.Equal(CurrentlyPlayingType.Track, state.CurrentlyPlayingType);

        // The nested shape fills the flat flags as well.
        Assert.True(state.Actions.Resuming);
        Assert.True(state.Actions.Disallows?.Resuming);
        Assert.Null(state.Actions.Pausing);
        Assert.Null(state.Actions.Disallows?.Pausing);
        Assert.Null(state.Actions.SkippingNext);
    }

    [Fact]
    public void Deserialize_PlayerStateWithoutSmartShuffle_IsNull()
    {
        PlaybackState state = JsonSerializer.Deserialize("""{ "shuffle_state": false, "device": { "name": "Old client" } }""", SpotifyJsonContext.Default.PlaybackState)!;

        Assert.Null(state.SmartShuffle);
        Assert.Null(state.Device.SupportsVolume);
    }

    [Fact]
    public void Serialize_PlayerState_WritesSmartShuffleBack()
    {
        PlaybackState state = JsonSerializer.Deserialize(PlayerStateJson, SpotifyJsonContext.Default.PlaybackState)!;

        string written = JsonSerializer.Serialize(state, SpotifyJsonContext.Default.PlaybackState);

        Assert.Contains("\"smart_shuffle\":true", written, StringComparison.Ordinal);
        Assert.Equal(state.Actions, JsonSerializer.Deserialize(written, SpotifyJsonContext.Default.PlaybackState)!.Actions);
    }

    [Fact]
    public void Deserialize_NothingPlaying_ReadsZeroTimestampUnknownTypeAndNoItem()
    {
        PlaybackState state = JsonSerializer.Deserialize(NothingPlayingJson, SpotifyJsonContext.Default.PlaybackState)!;

        Assert.Equal(0L, state.Timestamp);
        Assert.Null(state.Context);
        Assert.Null(state.Item);
        Assert.Equal(0, state.ProgressMs);
        Assert.False(state.IsPlaying);
        Assert.Equal(CurrentlyPlayingType.Unknown, state.CurrentlyPlayingType);
        Assert.False(state.SmartShuffle);
        Assert.False(state.Device.SupportsVolume);
        Assert.True(state.Actions.Resuming);
        Assert.True(state.Actions.SkippingPrev);
        Assert.True(state.Actions.Disallows?.SkippingPrev);

        CurrentlyPlaying playing = JsonSerializer.Deserialize(NothingPlayingJson, SpotifyJsonContext.Default.CurrentlyPlaying)!;
        Assert.Equal(0L, playing.Timestamp);
        Assert.Null(playing.Item);
        Assert.Equal(CurrentlyPlayingType.Unknown, playing.CurrentlyPlayingType);
        Assert.True(playing.Actions.Resuming);
    }

    [Fact]
    public void Deserialize_ActionsInEitherShape_FillBothTheFlagsAndDisallows()
    {
        PlaybackActions nested = JsonSerializer.Deserialize("""{ "disallows": { "pausing": true, "toggling_shuffle": false } }""", SpotifyJsonContext.Default.PlaybackActions)!;
        PlaybackActions flat = JsonSerializer.Deserialize("""{ "pausing": true, "toggling_shuffle": false }""", SpotifyJsonContext.Default.PlaybackActions)!;

        foreach (PlaybackActions actions in new[] { nested, flat })
        {
            Assert.True(actions.Pausing);
            Assert.False(actions.TogglingShuffle);
            Assert.Null(actions.Resuming);
            Assert.NotNull(actions.Disallows);
            Assert.True(actions.Disallows.Pausing);
            Assert.False(actions.Disallows.TogglingShuffle);
            Assert.Null(actions.Disallows.Resuming);
        }

        Assert.Equal(nested, flat);
    }

    [Fact]
    public void Deserialize_ActionsInBothShapes_MergesThem()
    {
        PlaybackActions actions = JsonSerializer.Deserialize("""{ "seeking": true, "disallows": { "resuming": true } }""", SpotifyJsonContext.Default.PlaybackActions)!;

        Assert.True(actions.Seeking);
        Assert.True(actions.Resuming);
        Assert.True(actions.Disallows?.Seeking);
        Assert.True(actions.Disallows?.Resuming);
    }

    [Fact]
    public void Init_FlagsAndDisallows_StayInStep()
    {
        var actions = new PlaybackActions { Pausing = true };

        Assert.True(actions.Disallows?.Pausing);
        PlaybackActions replaced = actions with { Disallows = new Disallows { Seeking = true } };
        Assert.Null(replaced.Pausing);
        Assert.True(replaced.Seeking);
        PlaybackActions allowed = replaced with { Seeking = false, Resuming = null };
        Assert.False(allowed.Disallows?.Seeking);
        Assert.Null(allowed.Resuming);
        Assert.Equal(new PlaybackActions { Disallows = new Disallows { Seeking = false } }, allowed);
    }

    [Fact]
    public void Deserialize_DeviceSupportsVolume_DistinguishesAbsentFromFalse()
    {
        AvailableDevices devices = JsonSerializer.Deserialize(
            """{ "devices": [ { "id": "a", "name": "Old", "type": "Computer" }, { "id": "b", "name": "Fixed", "type": "CastAudio", "supports_volume": false }, { "id": "c", "name": "Phone", "type": "Smartphone", "supports_volume": true } ] }""",
            SpotifyJsonContext.Default.AvailableDevices)!;

        Assert.Null(devices.Devices[0].SupportsVolume);
        Assert.False(devices.Devices[1].SupportsVolume);
        Assert.True(devices.Devices[2].SupportsVolume);
    }

    [Fact]
    public void Deserialize_PlaybackStateWithFlatActions_ReadsSpecShape()
    {
        const string json = """{ "actions": { "pausing": true, "seeking": false }, "repeat_state": "off", "item": null }""";

        PlaybackState? state = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlaybackState);

        Assert.NotNull(state);
        Assert.True(state.Actions.Pausing);
        Assert.False(state.Actions.Seeking);
        Assert.True(state.Actions.Disallows?.Pausing);
        Assert.False(state.Actions.Disallows?.Seeking);
        Assert.Equal(RepeatState.Off, state.RepeatState);
        Assert.Null(state.Item);
    }

    [Fact]
    public void Deserialize_CurrentlyPlayingAd_HasNoItemAndKeepsUnknownValues()
    {
        const string json = """
            {
              "timestamp": 1714412400123,
              "context": null,
              "progress_ms": null,
              "item": null,
              "currently_playing_type": "ad",
              "actions": { "disallows": { "skipping_next": true } },
              "is_playing": true
            }
            """;

        CurrentlyPlaying? playing = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.CurrentlyPlaying);

        Assert.NotNull(playing);
        Assert.Null(playing.Item);
        Assert.Null(playing.Context);
        Assert.Null(playing.ProgressMs);
        Assert.Equal(CurrentlyPlayingType.Ad, playing.CurrentlyPlayingType);
        Assert.True(playing.Actions.Disallows?.SkippingNext);
    }

    [Fact]
    public void Deserialize_EmptyPlaybackState_ReadsEmptyDeviceAndActions()
    {
        PlaybackState? state = JsonSerializer.Deserialize("{}", SpotifyJsonContext.Default.PlaybackState);

        Assert.NotNull(state);
        Assert.Equal("", state.Device.Name);
        Assert.Null(state.Device.Id);
        Assert.Null(state.Actions.Disallows);
        Assert.Equal("", state.RepeatState.Value);
        Assert.Equal("", state.CurrentlyPlayingType.Value);
    }

    [Fact]
    public void Deserialize_UnknownPlayerValues_AreKept()
    {
        const string json = """{ "repeat_state": "playlist_loop", "currently_playing_type": "audiobook_chapter", "device": { "type": "Hologram" } }""";

        PlaybackState state = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlaybackState)!;

        Assert.Equal("playlist_loop", state.RepeatState.Value);
        Assert.Equal("audiobook_chapter", state.CurrentlyPlayingType.Value);
        Assert.Equal("Hologram", state.Device.Type.Value);
        Assert.NotEqual(DeviceType.Unknown, state.Device.Type);
        string written = JsonSerializer.Serialize(state, SpotifyJsonContext.Default.PlaybackState);
        Assert.Contains("\"repeat_state\":\"playlist_loop\"", written, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Hologram\"", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Smartphone", "smartphone")]
    [InlineData("TV", "tv")]
    [InlineData("CastAudio", "castaudio")]
    public void Equals_DeviceTypeInAnotherCase_IsEqualWithTheSameHashCode(string sent, string other)
    {
        var a = new DeviceType(sent);
        var b = new DeviceType(other);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(sent, a.ToString());
    }

    [Fact]
    public void Equals_RepeatStateInAnotherCase_IsNotEqual()
    {
        Assert.NotEqual(RepeatState.Track, new RepeatState("Track"));
        Assert.Equal(RepeatState.Track, RepeatState.FromValue("track"));
    }

    [Fact]
    public void Deserialize_DevicesWithNullIdAndVolume_ReadsAllDevices()
    {
        const string json = """
            {
              "devices": [
                { "id": "5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e", "is_active": false, "is_private_session": true, "is_restricted": false, "name": "My fridge", "type": "Unknown", "volume_percent": 59, "supports_volume": false },
                { "id": null, "is_active": true, "is_private_session": false, "is_restricted": true, "name": "Car", "type": "Automobile", "volume_percent": null, "supports_volume": false }
              ]
            }
            """;

        AvailableDevices? devices = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.AvailableDevices);

        Assert.NotNull(devices);
        Assert.Equal(2, devices.Devices.Count);
        Assert.Equal(DeviceType.Unknown, devices.Devices[0].Type);
        Assert.True(devices.Devices[0].IsPrivateSession);
        Assert.Equal(59, devices.Devices[0].VolumePercent);
        Assert.Null(devices.Devices[1].Id);
        Assert.Null(devices.Devices[1].VolumePercent);
        Assert.True(devices.Devices[1].IsRestricted);
        Assert.Equal(DeviceType.Automobile, devices.Devices[1].Type);
    }

    [Fact]
    public void Deserialize_QueueMixingTracksEpisodesAndUnknownItems_ReturnsRealTypes()
    {
        const string json = """
            {
              "currently_playing": { "id": "0DiWol3AO6WpXZgp0goxAV", "name": "One More Time", "type": "track", "album": { "name": "Discovery" } },
              "queue": [
                { "id": "512ojhOuo1ktJprKbVcKyQ", "name": "Episode 12", "type": "episode", "show": { "name": "The Pod Show" } },
                { "id": "0D5wENdkdwbqlrHoaJ9g29", "name": "Chapter 3", "type": "chapter" },
                { "id": "2VEZx7NWsZ1D0eJ4uv5Fym", "name": "Aerodynamic", "type": "track" }
              ]
            }
            """;

        QueueState? queue = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.QueueState);

        Assert.NotNull(queue);
        Assert.Equal("Discovery", Assert.IsType<Track>(queue.CurrentlyPlaying).Album.Name);
        Assert.Equal(3, queue.Queue.Count);
        Assert.Equal("The Pod Show", Assert.IsType<Episode>(queue.Queue[0]).Show.Name);
        Assert.Equal("chapter", Assert.IsType<UnknownPlayableItem>(queue.Queue[1]).Type);
        Assert.Equal("Aerodynamic", Assert.IsType<Track>(queue.Queue[2]).Name);
    }

    [Fact]
    public void Deserialize_EmptyQueue_HasNoItems()
    {
        QueueState? queue = JsonSerializer.Deserialize("""{ "currently_playing": null, "queue": [] }""", SpotifyJsonContext.Default.QueueState);

        Assert.NotNull(queue);
        Assert.Null(queue.CurrentlyPlaying);
        Assert.Empty(queue.Queue);
    }

    [Fact]
    public void Deserialize_RecentlyPlayedCursorPage_ReadsCursorsWithoutTotal()
    {
        const string json = """
            {
              "items": [
                { "track": { "id": "0DiWol3AO6WpXZgp0goxAV", "name": "One More Time", "type": "track" }, "played_at": "2024-04-29T17:40:01.123Z", "context": { "type": "album", "uri": "spotify:album:2noRn2Aes5aoNVsU6iWThc" } },
                { "track": { "id": "2VEZx7NWsZ1D0eJ4uv5Fym", "name": "Aerodynamic", "type": "track" }, "played_at": "2024-04-29T17:35:00Z", "context": null }
              ],
              "next": "https://api.spotify.com/v1/me/player/recently-played?before=1714412100000&limit=2",
              "cursors": { "after": "1714412401123", "before": "1714412100000" },
              "limit": 2,
              "href": "https://api.spotify.com/v1/me/player/recently-played?limit=2"
            }
            """;

        CursorPage<PlayHistory>? page = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.CursorPagePlayHistory);

        Assert.NotNull(page);
        Assert.Equal(2, page.Limit);
        Assert.Null(page.Total);
        Assert.Equal("1714412401123", page.Cursors.After);
        Assert.Equal("1714412100000", page.Cursors.Before);
        Assert.Equal("https://api.spotify.com/v1/me/player/recently-played?before=1714412100000&limit=2", page.Next);
        Assert.Equal("https://api.spotify.com/v1/me/player/recently-played?limit=2", page.Href);
        Assert.Equal(2, page.Items.Count);
        Assert.Equal("One More Time", page.Items[0].Track.Name);
        Assert.Equal(new DateTimeOffset(2024, 4, 29, 17, 40, 1, 123, TimeSpan.Zero), page.Items[0].PlayedAt);
        Assert.Equal("spotify:album:2noRn2Aes5aoNVsU6iWThc", page.Items[0].Context?.Uri);
        Assert.Null(page.Items[1].Context);
    }

    [Fact]
    public void Deserialize_FollowedArtistsLastPage_HasNullCursorAndNext()
    {
        const string json = """
            {
              "artists": {
                "items": [ { "id": "0TnOYISbd1XYRBk9myaseg", "name": "Pitbull", "type": "artist", "followers": { "href": null, "total": 10000000 }, "genres": [], "popularity": 80 } ],
                "next": null,
                "total": 1,
                "cursors": { "after": null },
                "limit": 20,
                "href": "https://api.spotify.com/v1/me/following?type=artist&limit=20"
              }
            }
            """;

        FollowedArtists? followed = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.FollowedArtists);

        Assert.NotNull(followed);
        Assert.Equal(1, followed.Artists.Total);
        Assert.Null(followed.Artists.Next);
        Assert.Null(followed.Artists.Cursors.After);
        Artist artist = Assert.Single(followed.Artists.Items);
        Assert.Equal("Pitbull", artist.Name);
        Assert.Equal(10000000, artist.Followers?.Total);
        Assert.Null(artist.Followers?.Href);
        Assert.Equal(80, artist.Popularity);
    }

    [Fact]
    public void Deserialize_CursorPageWithNullCursors_ReadsEmptyCursors()
    {
        CursorPage<PlayHistory>? page = JsonSerializer.Deserialize("""{ "items": [], "cursors": null, "next": null, "limit": 20 }""", SpotifyJsonContext.Default.CursorPagePlayHistory);

        Assert.NotNull(page);
        Assert.Empty(page.Items);
        Assert.Null(page.Cursors.After);
        Assert.Null(page.Cursors.Before);
        Assert.Equal("", page.Href);
    }
}
