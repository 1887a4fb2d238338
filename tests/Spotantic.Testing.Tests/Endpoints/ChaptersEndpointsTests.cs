using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class ChaptersEndpointsTests
{
    [Fact]
    public async Task GetChapter_ClientToken_ReturnsAChapterObjectWithItsAudiobook()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var chapter = h.Emulator.Catalog.Chapters[2];

        var json = await h.GetJsonAsync("v1/chapters/" + chapter.Id, h.ClientToken());

        SpecSchemas.AssertConforms(json, "ChapterObject");
        Assert.Equal(chapter.Id, json.GetProperty("id").GetString());
        Assert.Equal(chapter.ChapterNumber, json.GetProperty("chapter_number").GetInt32());
        Assert.Equal(h.Emulator.ApiBaseAddress + "chapters/" + chapter.Id, json.GetProperty("href").GetString());
        Assert.Equal(chapter.AudiobookId, json.GetProperty("audiobook").GetProperty("id").GetString());
        SpecSchemas.AssertConforms(json.GetProperty("audiobook"), "SimplifiedAudiobookObject");
        Assert.False(json.TryGetProperty("resume_point", out _));
    }

    [Fact]
    public async Task GetChapter_PlaybackPositionScope_AddsResumePoint()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/chapters/" + h.Emulator.Catalog.Chapters[0].Id, h.UserToken("user-read-playback-position"));

        SpecSchemas.AssertConforms(json, "ChapterObject");
        Assert.Equal(0, json.GetProperty("resume_point").GetProperty("resume_position_ms").GetInt32());
    }

    [Theory]
    [InlineData("short", 400, "invalid id")]
    [InlineData("0000000000000000000000", 404, "Resource not found")]
    public async Task GetChapter_MalformedOrUnknownId_IsRefused(string id, int status, string message)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/chapters/" + id, h.ClientToken());

        Assert.Equal(message, await EmulatorHarness.ReadApiErrorAsync(response, status));
    }

    [Fact]
    public async Task GetSeveralChapters_UnknownIdsGiveNullEntriesInOrder()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var first = h.Emulator.Catalog.Chapters[0].Id;
        var second = h.Emulator.Catalog.Chapters[1].Id;

        var json = await h.GetJsonAsync($"v1/chapters?ids={first},0000000000000000000000,{second}&market=US", h.ClientToken());

        var chapters = json.GetProperty("chapters").EnumerateArray().ToArray();
        Assert.Equal(3, chapters.Length);
        Assert.Equal(first, chapters[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, chapters[1].ValueKind);
        SpecSchemas.AssertConforms(chapters[2], "ChapterObject");
        Assert.True(chapters[2].GetProperty("is_playable").GetBoolean());
    }

    [Fact]
    public async Task GetSeveralChapters_51IdsOrOneMalformed_Are400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var ids = string.Join(',', h.Emulator.Catalog.Chapters.Take(51).Select(c => c.Id));

        using var tooMany = await h.GetAsync("v1/chapters?ids=" + ids, h.ClientToken());
        using var malformed = await h.GetAsync($"v1/chapters?ids={h.Emulator.Catalog.Chapters[0].Id},short", h.ClientToken());

        Assert.Equal("Too many ids requested", await EmulatorHarness.ReadApiErrorAsync(tooMany, 400));
        Assert.Equal("invalid id", await EmulatorHarness.ReadApiErrorAsync(malformed, 400));
    }
}
