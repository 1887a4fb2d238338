using System.Net;
using System.Text;
using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class AlbumsEndpointsTests
{
    [Fact]
    public async Task GetAlbum_ReturnsAnAlbumObjectOfTheSpecWithEmbeddedTracks()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var album = h.Emulator.Catalog.Albums.First(a => a.TrackIds.Count > 50);

        var json = await h.GetJsonAsync("v1/albums/" + album.Id, h.ClientToken());

        SpecSchemas.AssertConforms(json, "AlbumObject");
        Assert.Equal(album.Id, json.GetProperty("id").GetString());
        Assert.Equal("spotify:album:" + album.Id, json.GetProperty("uri").GetString());
        Assert.Equal(h.Emulator.ApiBaseAddress + "albums/" + album.Id, json.GetProperty("href").GetString());
        Assert.Equal(album.TrackIds.Count, json.GetProperty("total_tracks").GetInt32());
        var tracks = json.GetProperty("tracks");
        Assert.Equal(50, tracks.GetProperty("items").GetArrayLength());
        Assert.Equal(h.Emulator.ApiBaseAddress + "albums/" + album.Id + "/tracks?offset=50&limit=50", tracks.GetProperty("next").GetString());
        Assert.Equal(0, json.GetProperty("genres").GetArrayLength());
    }

    [Fact]
    public async Task GetMultipleAlbums_UnknownIdsGiveNullEntriesInOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var first = h.Emulator.Catalog.Albums[0].Id;
        var second = h.Emulator.Catalog.Albums[1].Id;

        var json = await h.GetJsonAsync($"v1/albums?ids={first},0000000000000000000000,{second}", h.ClientToken());

        var albums = json.GetProperty("albums").EnumerateArray().ToArray();
        Assert.Equal(3, albums.Length);
        Assert.Equal(first, albums[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, albums[1].ValueKind);
        Assert.Equal(second, albums[2].GetProperty("id").GetString());
        SpecSchemas.AssertConforms(albums[2], "AlbumObject");
    }

    [Fact]
    public async Task SaveCheckRemove_ThroughQueryAndBody_ChangeTheUsersLibrary()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("fresh.listener");
        var grant = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "user-library-read", "user-library-modify");
        var a = h.Emulator.Catalog.Albums[5].Id;
        var b = h.Emulator.Catalog.Albums[6].Id;

        using var saveQuery = await h.SendAsync(HttpMethod.Put, "v1/me/albums?ids=" + a, grant.AccessToken);
        using var body = new StringContent($"{{\"ids\":[\"{b}\"]}}", Encoding.UTF8, "application/json");
        using var saveBody = await h.SendAsync(HttpMethod.Put, "v1/me/albums", grant.AccessToken, body);
        var contains = await h.GetJsonAsync($"v1/me/albums/contains?ids={a},{b},{h.Emulator.Catalog.Albums[7].Id}", grant.AccessToken);
        var saved = await h.GetJsonAsync("v1/me/albums", grant.AccessToken);
        using var remove = await h.SendAsync(HttpMethod.Delete, "v1/me/albums?ids=" + a, grant.AccessToken);

        Assert.Equal(HttpStatusCode.OK, saveQuery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saveBody.StatusCode);
        Assert.Equal([true, true, false], contains.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal(2, saved.GetProperty("total").GetInt32());
        SpecSchemas.AssertConforms(saved, "PagingSavedAlbumObject");
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.Equal([b], user.Library.GetIds(EmulatorItemType.Album));
    }

    [Fact]
    public async Task SaveAlbums_UnknownOrMalformedIdOrBadJson_AreRejectedAndNothingIsSaved()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("careful.listener");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "user-library-modify").AccessToken;
        var known = h.Emulator.Catalog.Albums[0].Id;

        using var unknown = await h.SendAsync(HttpMethod.Put, $"v1/me/albums?ids={known},0000000000000000000000", token);
        using var malformed = await h.SendAsync(HttpMethod.Put, "v1/me/albums?ids=short", token);
        using var badJson = await h.SendAsync(HttpMethod.Put, "v1/me/albums", token, new StringContent("{\"ids\":", Encoding.UTF8, "application/json"));

        Assert.Equal("Resource not found", await EmulatorHarness.ReadApiErrorAsync(unknown, 404));
        Assert.Equal("invalid id", await EmulatorHarness.ReadApiErrorAsync(malformed, 400));
        Assert.Equal("Error parsing JSON.", await EmulatorHarness.ReadApiErrorAsync(badJson, 400));
        Assert.Equal(0, user.Library.Count(EmulatorItemType.Album));
    }

    [Fact]
    public async Task NewReleases_AreAPageOfSimplifiedAlbumsNewestFirst()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/browse/new-releases?limit=10", h.ClientToken());

        var page = json.GetProperty("albums");
        SpecSchemas.AssertConforms(page, "PagingSimplifiedAlbumObject");
        var dates = page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("release_date").GetString()!).ToArray();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal(h.Emulator.Catalog.Albums.Count, page.GetProperty("total").GetInt32());
    }
}
