using System.Net;
using System.Text;
using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class ShowsEndpointsTests
{
    [Fact]
    public async Task GetShow_ClientTokenWithMarket_ReturnsAShowObjectOfTheSpecWithEmbeddedEpisodes()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var show = h.Emulator.Catalog.Shows.First(s => s.EpisodeIds.Count > 50);

        var json = await h.GetJsonAsync($"v1/shows/{show.Id}?market=US", h.ClientToken());

        SpecSchemas.AssertConforms(json, "ShowObject");
        Assert.Equal(show.Id, json.GetProperty("id").GetString());
        Assert.Equal("show", json.GetProperty("type").GetString());
        Assert.Equal("spotify:show:" + show.Id, json.GetProperty("uri").GetString());
        Assert.Equal(h.Emulator.ApiBaseAddress + "shows/" + show.Id, json.GetProperty("href").GetString());
        Assert.Equal(show.EpisodeIds.Count, json.GetProperty("total_episodes").GetInt32());
        var episodes = json.GetProperty("episodes");
        Assert.Equal(50, episodes.GetProperty("items").GetArrayLength());
        Assert.Equal(show.EpisodeIds[0], episodes.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(h.Emulator.ApiBaseAddress + "shows/" + show.Id + "/episodes?offset=50&limit=50&market=US", episodes.GetProperty("next").GetString());
    }

    [Fact]
    public async Task GetShow_ClientTokenWithoutMarket_Is404NonExistingId()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var show = h.Emulator.Catalog.Shows[0];

        using var response = await h.GetAsync("v1/shows/" + show.Id, h.ClientToken());

        Assert.Equal("non existing id", await EmulatorHarness.ReadApiErrorAsync(response, 404));
    }

    [Fact]
    public async Task GetShow_UserTokenWithoutScopes_UsesTheUsersCountry()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var show = h.Emulator.Catalog.Shows[1];

        var json = await h.GetJsonAsync("v1/shows/" + show.Id, h.UserToken());

        SpecSchemas.AssertConforms(json, "ShowObject");
        Assert.Equal(show.Name, json.GetProperty("name").GetString());
        Assert.False(json.GetProperty("episodes").GetProperty("items")[0].TryGetProperty("resume_point", out _));
    }

    [Fact]
    public async Task GetShow_PlaybackPositionScope_EpisodesCarryResumePoints()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var show = h.Emulator.Catalog.Shows[1];

        var json = await h.GetJsonAsync("v1/shows/" + show.Id, h.UserToken("user-read-playback-position"));

        SpecSchemas.AssertConforms(json, "ShowObject");
        var resume = json.GetProperty("episodes").GetProperty("items")[0].GetProperty("resume_point");
        Assert.False(resume.GetProperty("fully_played").GetBoolean());
        Assert.Equal(0, resume.GetProperty("resume_position_ms").GetInt32());
    }

    [Theory]
    [InlineData("short")]
    [InlineData("4rOoJ6Egrf8K2IrywzwO-k")]
    public async Task GetShow_MalformedId_Is400InvalidId(string id)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync($"v1/shows/{id}?market=US", h.ClientToken());

        Assert.Equal("invalid id", await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task GetShow_UnknownIdOrBadMarket_Are404And400()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var unknown = await h.GetAsync("v1/shows/0000000000000000000000?market=US", h.ClientToken());
        using var market = await h.GetAsync($"v1/shows/{h.Emulator.Catalog.Shows[0].Id}?market=XX", h.ClientToken());

        Assert.Equal("non existing id", await EmulatorHarness.ReadApiErrorAsync(unknown, 404));
        Assert.Equal("Invalid market code", await EmulatorHarness.ReadApiErrorAsync(market, 400));
    }

    [Fact]
    public async Task GetShow_NoToken_Is401()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync($"v1/shows/{h.Emulator.Catalog.Shows[0].Id}?market=US", null);

        await EmulatorHarness.ReadApiErrorAsync(response, 401);
    }

    [Fact]
    public async Task GetMultipleShows_UnknownIdsGiveNullEntriesInOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var first = h.Emulator.Catalog.Shows[0].Id;
        var second = h.Emulator.Catalog.Shows[1].Id;

        var json = await h.GetJsonAsync($"v1/shows?ids={first},0000000000000000000000,{second}&market=SE", h.ClientToken());

        var shows = json.GetProperty("shows").EnumerateArray().ToArray();
        Assert.Equal(3, shows.Length);
        Assert.Equal(first, shows[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, shows[1].ValueKind);
        Assert.Equal(second, shows[2].GetProperty("id").GetString());
        SpecSchemas.AssertConforms(shows[0], "SimplifiedShowObject");
        Assert.False(shows[0].TryGetProperty("episodes", out _));
    }

    [Fact]
    public async Task GetMultipleShows_51IdsOrMissingIds_Are400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var ids = string.Join(',', h.Emulator.Catalog.Shows.Take(51).Select(s => s.Id));

        using var tooMany = await h.GetAsync($"v1/shows?ids={ids}&market=US", h.ClientToken());
        using var missing = await h.GetAsync("v1/shows?market=US", h.ClientToken());
        var fifty = await h.GetJsonAsync($"v1/shows?ids={string.Join(',', h.Emulator.Catalog.Shows.Take(50).Select(s => s.Id))}&market=US", h.ClientToken());

        Assert.Equal("Too many ids requested", await EmulatorHarness.ReadApiErrorAsync(tooMany, 400));
        Assert.Equal("Missing required parameter: ids", await EmulatorHarness.ReadApiErrorAsync(missing, 400));
        Assert.Equal(50, fifty.GetProperty("shows").GetArrayLength());
    }

    [Fact]
    public async Task GetShowEpisodes_PagesWithAbsoluteLinksCarryingTheMarket()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var show = h.Emulator.Catalog.Shows.First(s => s.EpisodeIds.Count > 50);

        var page = await h.GetJsonAsync($"v1/shows/{show.Id}/episodes?market=US&limit=50&offset=50", h.ClientToken());

        SpecSchemas.AssertConforms(page, "PagingSimplifiedEpisodeObject");
        Assert.Equal(show.EpisodeIds.Count, page.GetProperty("total").GetInt32());
        Assert.Equal(show.EpisodeIds[50], page.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(h.Emulator.ApiBaseAddress + $"shows/{show.Id}/episodes?offset=0&limit=50&market=US", page.GetProperty("previous").GetString());
        Assert.Equal(h.Emulator.ApiBaseAddress + $"shows/{show.Id}/episodes?offset=100&limit=50&market=US", page.GetProperty("next").GetString());
        var last = await h.GetJsonAsync(page.GetProperty("next").GetString()!, h.ClientToken());
        Assert.Equal(show.EpisodeIds.Count - 100, last.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=51")]
    [InlineData("offset=-1")]
    public async Task GetShowEpisodes_BadPaging_Is400(string query)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync($"v1/shows/{h.Emulator.Catalog.Shows[0].Id}/episodes?market=US&{query}", h.ClientToken());

        await EmulatorHarness.ReadApiErrorAsync(response, 400);
    }

    [Fact]
    public async Task GetUsersSavedShows_DemoLibrarySpansTwoPages_NewestFirst()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var saved = h.DemoUser.Library.GetIds(EmulatorItemType.Show);
        var token = h.UserToken("user-library-read");

        var first = await h.GetJsonAsync("v1/me/shows?limit=50", token);
        var second = await h.GetJsonAsync(first.GetProperty("next").GetString()!, token);

        SpecSchemas.AssertConforms(first, "PagingSavedShowObject");
        Assert.True(saved.Count > 50);
        Assert.Equal(saved.Count, first.GetProperty("total").GetInt32());
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(item => item.GetProperty("show").GetProperty("id").GetString());
        Assert.Equal(saved, ids);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task GetUsersSavedShows_WithoutLibraryReadOrWithClientToken_IsRefused()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var noScope = await h.GetAsync("v1/me/shows", h.UserToken("user-library-modify"));
        using var client = await h.GetAsync("v1/me/shows", h.ClientToken());

        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(noScope, 403));
        await EmulatorHarness.ReadApiErrorAsync(client, 401);
    }

    [Fact]
    public async Task SaveCheckRemove_ThroughQueryAndBody_ChangeTheUsersLibrary()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("show.listener");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "user-library-read", "user-library-modify").AccessToken;
        var a = h.Emulator.Catalog.Shows[5].Id;
        var b = h.Emulator.Catalog.Shows[6].Id;

        using var saveQuery = await h.SendAsync(HttpMethod.Put, "v1/me/shows?ids=" + a, token);
        using var body = new StringContent($"{{\"ids\":[\"{b}\"]}}", Encoding.UTF8, "application/json");
        using var saveBody = await h.SendAsync(HttpMethod.Put, "v1/me/shows", token, body);
        var contains = await h.GetJsonAsync($"v1/me/shows/contains?ids={a},{b},{h.Emulator.Catalog.Shows[7].Id}", token);
        using var remove = await h.SendAsync(HttpMethod.Delete, $"v1/me/shows?ids={a}&market=US", token);

        Assert.Equal(HttpStatusCode.OK, saveQuery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saveBody.StatusCode);
        Assert.Equal([true, true, false], contains.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.Equal([b], user.Library.GetIds(EmulatorItemType.Show));
    }

    [Fact]
    public async Task SaveShows_UnknownId_Is404AndNothingIsSaved()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("careful.show.listener");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "user-library-modify").AccessToken;

        using var unknown = await h.SendAsync(HttpMethod.Put, $"v1/me/shows?ids={h.Emulator.Catalog.Shows[0].Id},0000000000000000000000", token);
        using var tooMany = await h.SendAsync(HttpMethod.Put, "v1/me/shows?ids=" + string.Join(',', h.Emulator.Catalog.Shows.Take(51).Select(s => s.Id)), token);

        Assert.Equal("Resource not found", await EmulatorHarness.ReadApiErrorAsync(unknown, 404));
        Assert.Equal("Too many ids requested", await EmulatorHarness.ReadApiErrorAsync(tooMany, 400));
        Assert.Equal(0, user.Library.Count(EmulatorItemType.Show));
    }

    [Fact]
    public async Task RemoveShows_BadMarketOrMissingModifyScope_AreRefusedAndNothingIsRemoved()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var saved = h.DemoUser.Library.GetIds(EmulatorItemType.Show)[0];

        using var market = await h.SendAsync(HttpMethod.Delete, $"v1/me/shows?ids={saved}&market=XX", h.UserToken("user-library-modify"));
        using var scope = await h.SendAsync(HttpMethod.Delete, $"v1/me/shows?ids={saved}", h.UserToken("user-library-read"));

        Assert.Equal("Invalid market code", await EmulatorHarness.ReadApiErrorAsync(market, 400));
        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(scope, 403));
        Assert.True(h.DemoUser.Library.Contains(EmulatorItemType.Show, saved));
    }
}
