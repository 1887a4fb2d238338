using System.Net;
using System.Text;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class TracksEndpointsTests
{
    [Fact]
    public async Task GetTrack_WithoutMarket_ListsAvailableMarkets()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var track = h.Emulator.Catalog.Tracks[0];

        var json = await h.GetJsonAsync("v1/tracks/" + track.Id, h.ClientToken());

        SpecSchemas.AssertConforms(json, "TrackObject");
        Assert.Equal(track.AvailableMarkets.Count, json.GetProperty("available_markets").GetArrayLength());
        Assert.False(json.TryGetProperty("is_playable", out _));
        Assert.Equal(track.AlbumId, json.GetProperty("album").GetProperty("id").GetString());
    }

    [Fact]
    public async Task GetTrack_RestrictedTrackInAnotherMarket_IsNotPlayableWithMarketRestriction()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var track = h.Emulator.Catalog.Tracks.First(t => !t.AvailableMarkets.Contains("US"));

        var json = await h.GetJsonAsync($"v1/tracks/{track.Id}?market=US", h.ClientToken());
        var playable = await h.GetJsonAsync($"v1/tracks/{track.Id}?market={track.AvailableMarkets[0]}", h.ClientToken());

        SpecSchemas.AssertConforms(json, "TrackObject");
        Assert.False(json.GetProperty("is_playable").GetBoolean());
        Assert.Equal("market", json.GetProperty("restrictions").GetProperty("reason").GetString());
        Assert.False(json.TryGetProperty("available_markets", out _));
        Assert.True(playable.GetProperty("is_playable").GetBoolean());
    }

    [Fact]
    public async Task GetTrack_UserToken_UsesTheUsersCountryOverTheMarketParameter()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var track = h.Emulator.Catalog.Tracks.First(t => !t.AvailableMarkets.Contains("US"));

        var json = await h.GetJsonAsync($"v1/tracks/{track.Id}?market={track.AvailableMarkets[0]}", h.UserToken());

        Assert.Equal("US", h.DemoUser.Country);
        Assert.False(json.GetProperty("is_playable").GetBoolean());
    }

    [Fact]
    public async Task GetSeveralTracks_ReturnsTracksInRequestedOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var ids = h.Emulator.Catalog.Tracks.Skip(10).Take(3).Select(t => t.Id).Reverse().ToArray();

        var json = await h.GetJsonAsync("v1/tracks?ids=" + string.Join(',', ids), h.ClientToken());

        Assert.Equal(ids, json.GetProperty("tracks").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task SaveTracks_WithTimestampedIds_KeepsTheGivenTimesAndOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("timed.listener");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "user-library-read", "user-library-modify").AccessToken;
        var older = h.Emulator.Catalog.Tracks[1].Id;
        var newer = h.Emulator.Catalog.Tracks[2].Id;
        var body = $$"""{"timestamped_ids":[{"id":"{{newer}}","added_at":"2024-05-01T10:00:00Z"},{"id":"{{older}}","added_at":"2023-01-15T14:30:00Z"}]}""";

        using var save = await h.SendAsync(HttpMethod.Put, "v1/me/tracks", token, new StringContent(body, Encoding.UTF8, "application/json"));
        var saved = await h.GetJsonAsync("v1/me/tracks", token);

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        var items = saved.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(newer, items[0].GetProperty("track").GetProperty("id").GetString());
        Assert.Equal("2024-05-01T10:00:00Z", items[0].GetProperty("added_at").GetString());
        Assert.Equal("2023-01-15T14:30:00Z", items[1].GetProperty("added_at").GetString());
        SpecSchemas.AssertConforms(saved, "PagingSavedTrackObject");
    }

    [Fact]
    public async Task CheckAndRemoveSavedTracks_ReflectTheDemoLibrary()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken("user-library-read", "user-library-modify");
        var saved = h.DemoUser.Library.GetIds(EmulatorItemType.Track)[0];
        var notSaved = h.Emulator.Catalog.Tracks.Select(t => t.Id).First(id => !h.DemoUser.Library.Contains(EmulatorItemType.Track, id));

        var before = await h.GetJsonAsync($"v1/me/tracks/contains?ids={saved},{notSaved}", token);
        using var remove = await h.SendAsync(HttpMethod.Delete, "v1/me/tracks?ids=" + saved, token);
        var after = await h.GetJsonAsync($"v1/me/tracks/contains?ids={saved}", token);

        Assert.Equal([true, false], before.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.False(after[0].GetBoolean());
    }
}
