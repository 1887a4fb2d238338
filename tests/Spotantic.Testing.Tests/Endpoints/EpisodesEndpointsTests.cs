using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class EpisodesEndpointsTests
{
    [Fact]
    public async Task GetEpisode_ClientTokenWithMarket_ReturnsAnEpisodeObjectWithItsShowAndNoResumePoint()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var episode = h.Emulator.Catalog.Episodes[3];

        var json = await h.GetJsonAsync($"v1/episodes/{episode.Id}?market=US", h.ClientToken());

        SpecSchemas.AssertConforms(json, "EpisodeObject");
        Assert.Equal(episode.Id, json.GetProperty("id").GetString());
        Assert.Equal("episode", json.GetProperty("type").GetString());
        Assert.Equal(episode.DurationMs, json.GetProperty("duration_ms").GetInt32());
        Assert.True(json.GetProperty("is_playable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("audio_preview_url").ValueKind);
        Assert.Equal(episode.ShowId, json.GetProperty("show").GetProperty("id").GetString());
        SpecSchemas.AssertConforms(json.GetProperty("show"), "SimplifiedShowObject");
        Assert.False(json.TryGetProperty("resume_point", out _));
    }

    [Fact]
    public async Task GetEpisode_ClientTokenWithoutMarket_Is404NonExistingId()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/episodes/" + h.Emulator.Catalog.Episodes[0].Id, h.ClientToken());

        Assert.Equal("non existing id", await EmulatorHarness.ReadApiErrorAsync(response, 404));
    }

    [Fact]
    public async Task GetEpisode_ResumePoint_OnlyWithPlaybackPositionScope()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var id = h.Emulator.Catalog.Episodes[0].Id;

        var without = await h.GetJsonAsync("v1/episodes/" + id, h.UserToken("user-library-read"));
        var with = await h.GetJsonAsync("v1/episodes/" + id, h.UserToken("user-read-playback-position"));

        Assert.False(without.TryGetProperty("resume_point", out _));
        SpecSchemas.AssertConforms(with, "EpisodeObject");
        var resume = with.GetProperty("resume_point");
        Assert.False(resume.GetProperty("fully_played").GetBoolean());
        Assert.Equal(0, resume.GetProperty("resume_position_ms").GetInt64());
    }

    [Fact]
    public async Task GetEpisode_WhilePlaying_ResumePointFollowsTheClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));
        await using var h = await EmulatorHarness.StartAsync(new SpotifyEmulatorOptions { TimeProvider = clock });
        var token = h.UserToken("user-modify-playback-state", "user-read-playback-position");
        var episode = h.Emulator.Catalog.Episodes.First(e => e.DurationMs > 60_000);

        using var start = await h.SendAsync(
            HttpMethod.Put,
            "v1/me/player/play?device_id=emulatordesktop0000000000000000000000001",
            token,
            new StringContent($$"""{"uris":["{{episode.Uri}}"]}""", Encoding.UTF8, "application/json"));
        clock.Advance(TimeSpan.FromSeconds(7));
        var json = await h.GetJsonAsync("v1/episodes/" + episode.Id, token);

        Assert.Equal(HttpStatusCode.NoContent, start.StatusCode);
        Assert.Equal(7_000, json.GetProperty("resume_point").GetProperty("resume_position_ms").GetInt64());
    }

    [Theory]
    [InlineData("short", 400, "invalid id")]
    [InlineData("0000000000000000000000", 404, "non existing id")]
    public async Task GetEpisode_MalformedOrUnknownId_IsRefused(string id, int status, string message)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync($"v1/episodes/{id}?market=US", h.ClientToken());

        Assert.Equal(message, await EmulatorHarness.ReadApiErrorAsync(response, status));
    }

    [Fact]
    public async Task GetMultipleEpisodes_UnknownIdsGiveNullEntriesInOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var first = h.Emulator.Catalog.Episodes[0].Id;
        var second = h.Emulator.Catalog.Episodes[1].Id;

        var json = await h.GetJsonAsync($"v1/episodes?ids={first},0000000000000000000000,{second}&market=SE", h.ClientToken());

        var episodes = json.GetProperty("episodes").EnumerateArray().ToArray();
        Assert.Equal(3, episodes.Length);
        Assert.Equal(first, episodes[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, episodes[1].ValueKind);
        Assert.Equal(second, episodes[2].GetProperty("id").GetString());
        SpecSchemas.AssertConforms(episodes[2], "EpisodeObject");
    }

    [Fact]
    public async Task GetMultipleEpisodes_ClientTokenWithoutMarket_EveryEntryIsNull()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var first = h.Emulator.Catalog.Episodes[0].Id;

        var json = await h.GetJsonAsync($"v1/episodes?ids={first}", h.ClientToken());

        Assert.Equal(JsonValueKind.Null, Assert.Single(json.GetProperty("episodes").EnumerateArray()).ValueKind);
    }

    [Fact]
    public async Task GetMultipleEpisodes_51Ids_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var ids = string.Join(',', h.Emulator.Catalog.Episodes.Take(51).Select(e => e.Id));

        using var response = await h.GetAsync($"v1/episodes?ids={ids}&market=US", h.ClientToken());

        Assert.Equal("Too many ids requested", await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task GetUsersSavedEpisodes_LibraryReadAlone_PagesWithoutResumePoints()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var saved = h.DemoUser.Library.GetIds(EmulatorItemType.Episode);
        var token = h.UserToken("user-library-read");

        var first = await h.GetJsonAsync("v1/me/episodes?limit=50", token);
        var second = await h.GetJsonAsync(first.GetProperty("next").GetString()!, token);

        SpecSchemas.AssertConforms(first, "PagingSavedEpisodeObject");
        Assert.True(saved.Count > 50);
        var items = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToArray();
        Assert.Equal(saved, items.Select(item => item.GetProperty("episode").GetProperty("id").GetString()));
        Assert.All(items, item => Assert.False(item.GetProperty("episode").TryGetProperty("resume_point", out _)));
    }

    [Fact]
    public async Task GetUsersSavedEpisodes_WithPlaybackPosition_EpisodesCarryResumePoints()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var page = await h.GetJsonAsync("v1/me/episodes?limit=5", h.UserToken("user-library-read", "user-read-playback-position"));

        SpecSchemas.AssertConforms(page, "PagingSavedEpisodeObject");
        Assert.All(page.GetProperty("items").EnumerateArray(), item => Assert.True(item.GetProperty("episode").TryGetProperty("resume_point", out _)));
    }

    [Fact]
    public async Task GetUsersSavedEpisodes_PlaybackPositionAlone_IsInsufficientScope()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/me/episodes", h.UserToken("user-read-playback-position"));

        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(response, 403));
    }

    [Fact]
    public async Task SaveCheckRemove_ChangeTheUsersLibrary()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("episode.listener");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "user-library-read", "user-library-modify").AccessToken;
        var a = h.Emulator.Catalog.Episodes[5].Id;
        var b = h.Emulator.Catalog.Episodes[6].Id;

        using var save = await h.SendAsync(HttpMethod.Put, $"v1/me/episodes?ids={a},{b}", token);
        using var remove = await h.SendAsync(HttpMethod.Delete, "v1/me/episodes?ids=" + a, token);
        var contains = await h.GetJsonAsync($"v1/me/episodes/contains?ids={a},{b}", token);

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.Equal([false, true], contains.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal([b], user.Library.GetIds(EmulatorItemType.Episode));
    }

    [Fact]
    public async Task SaveEpisodes_ReadScopeOnly_IsInsufficientScopeAndNothingIsSaved()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("readonly.listener");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "user-library-read").AccessToken;

        using var response = await h.SendAsync(HttpMethod.Put, "v1/me/episodes?ids=" + h.Emulator.Catalog.Episodes[0].Id, token);

        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(response, 403));
        Assert.Equal(0, user.Library.Count(EmulatorItemType.Episode));
    }
}
