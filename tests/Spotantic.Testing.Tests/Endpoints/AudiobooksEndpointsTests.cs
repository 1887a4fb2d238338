using System.Net;
using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class AudiobooksEndpointsTests
{
    [Fact]
    public async Task GetAudiobook_ClientToken_ReturnsAnAudiobookObjectWithEmbeddedChapters()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var book = h.Emulator.Catalog.Audiobooks.First(b => b.ChapterIds.Count > 50);

        var json = await h.GetJsonAsync("v1/audiobooks/" + book.Id, h.ClientToken());

        SpecSchemas.AssertConforms(json, "AudiobookObject");
        Assert.Equal(book.Id, json.GetProperty("id").GetString());
        Assert.Equal("audiobook", json.GetProperty("type").GetString());
        Assert.Equal(book.Authors, json.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(book.Narrators, json.GetProperty("narrators").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(book.ChapterIds.Count, json.GetProperty("total_chapters").GetInt32());
        var chapters = json.GetProperty("chapters");
        Assert.Equal(50, chapters.GetProperty("items").GetArrayLength());
        Assert.Equal(h.Emulator.ApiBaseAddress + "audiobooks/" + book.Id + "/chapters?offset=50&limit=50", chapters.GetProperty("next").GetString());
    }

    [Theory]
    [InlineData("short", 400, "invalid id")]
    [InlineData("0000000000000000000000", 404, "Resource not found")]
    public async Task GetAudiobook_MalformedOrUnknownId_IsRefused(string id, int status, string message)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/audiobooks/" + id, h.ClientToken());

        Assert.Equal(message, await EmulatorHarness.ReadApiErrorAsync(response, status));
    }

    [Fact]
    public async Task GetMultipleAudiobooks_UnknownIdsGiveNullEntriesInOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var first = h.Emulator.Catalog.Audiobooks[1].Id;
        var second = h.Emulator.Catalog.Audiobooks[2].Id;

        var json = await h.GetJsonAsync($"v1/audiobooks?ids={first},0000000000000000000000,{second}", h.ClientToken());

        var books = json.GetProperty("audiobooks").EnumerateArray().ToArray();
        Assert.Equal(3, books.Length);
        Assert.Equal(first, books[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, books[1].ValueKind);
        SpecSchemas.AssertConforms(books[2], "AudiobookObject");
    }

    [Fact]
    public async Task GetMultipleAudiobooks_51Ids_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var ids = string.Join(',', h.Emulator.Catalog.Audiobooks.Take(51).Select(b => b.Id));

        using var response = await h.GetAsync("v1/audiobooks?ids=" + ids, h.ClientToken());

        Assert.Equal("Too many ids requested", await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task GetAudiobookChapters_SecondPage_ContinuesInChapterOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var book = h.Emulator.Catalog.Audiobooks.First(b => b.ChapterIds.Count > 50);

        var page = await h.GetJsonAsync($"v1/audiobooks/{book.Id}/chapters?limit=50&offset=50&market=GB", h.ClientToken());

        SpecSchemas.AssertConforms(page, "PagingSimplifiedChapterObject");
        Assert.Equal(book.ChapterIds.Count, page.GetProperty("total").GetInt32());
        var first = page.GetProperty("items")[0];
        Assert.Equal(book.ChapterIds[50], first.GetProperty("id").GetString());
        Assert.Equal(51, first.GetProperty("chapter_number").GetInt32());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
        Assert.Equal(h.Emulator.ApiBaseAddress + $"audiobooks/{book.Id}/chapters?offset=0&limit=50&market=GB", page.GetProperty("previous").GetString());
    }

    [Fact]
    public async Task GetAudiobookChapters_LimitAbove50_Is400InvalidLimit()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync($"v1/audiobooks/{h.Emulator.Catalog.Audiobooks[0].Id}/chapters?limit=51", h.ClientToken());

        Assert.Equal("Invalid limit", await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task GetUsersSavedAudiobooks_DemoLibrarySpansTwoPages()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var saved = h.DemoUser.Library.GetIds(EmulatorItemType.Audiobook);
        var token = h.UserToken("user-library-read");

        var first = await h.GetJsonAsync("v1/me/audiobooks?limit=50", token);
        var second = await h.GetJsonAsync(first.GetProperty("next").GetString()!, token);

        SpecSchemas.AssertConforms(first, "PagingSavedAudiobookObject");
        Assert.True(saved.Count > 50);
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(item => item.GetProperty("audiobook").GetProperty("id").GetString());
        Assert.Equal(saved, ids);
    }

    [Fact]
    public async Task SaveCheckRemove_ChangeTheUsersLibrary()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("book.listener");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "user-library-read", "user-library-modify").AccessToken;
        var a = h.Emulator.Catalog.Audiobooks[5].Id;
        var b = h.Emulator.Catalog.Audiobooks[6].Id;

        using var save = await h.SendAsync(HttpMethod.Put, $"v1/me/audiobooks?ids={a},{b}", token);
        using var remove = await h.SendAsync(HttpMethod.Delete, "v1/me/audiobooks?ids=" + b, token);
        var contains = await h.GetJsonAsync($"v1/me/audiobooks/contains?ids={a},{b}", token);

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.Equal([true, false], contains.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal([a], user.Library.GetIds(EmulatorItemType.Audiobook));
    }

    [Fact]
    public async Task CheckSavedAudiobooks_ClientToken_Is401()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/me/audiobooks/contains?ids=" + h.Emulator.Catalog.Audiobooks[0].Id, h.ClientToken());

        await EmulatorHarness.ReadApiErrorAsync(response, 401);
    }
}
