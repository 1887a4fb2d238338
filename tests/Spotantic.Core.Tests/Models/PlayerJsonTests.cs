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
        Assert.Null(state.Actions.Resuming);
    }

    [Fact]
    public void Deserialize_PlaybackStateWithFlatActions_ReadsSpecShape()
    {
        const string json = """{ "actions": { "pausing": true, "seeking": false }, "repeat_state": "off", "item": null }""";

        PlaybackState? state = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PlaybackState);

        Assert.NotNull(state);
        Assert.True(state.Actions.Pausing);
        Assert.False(state.Actions.Seeking);
        Assert.Null(state.Actions.Disallows);
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
