using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;

namespace Spotantic.EndToEnd.Tests.Chapters;

#pragma warning disable CS0618 // The deprecated operations are still served to apps with extended quota and must keep working.

public sealed class ChaptersEndToEndTests
{
    [Fact]
    public async Task GetChapterAsync_ClientCredentials_ReturnsTheChapterAndItsAudiobook()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var expected = session.Emulator.Catalog.Chapters[7];

        var result = await session.Get<IChaptersClient>().GetChapterAsync(expected.Id, "US");

        Assert.Equal(expected.Name, result.Data.Name);
        Assert.Equal(expected.ChapterNumber, result.Data.ChapterNumber);
        Assert.Equal(expected.AudiobookId, result.Data.Audiobook.Id);
        Assert.Null(result.Data.ResumePoint);
    }

    [Fact]
    public async Task GetChapterAsync_PlaybackPositionScope_HasResumePoint()
    {
        await using var session = await EmulatorSession.StartAsync("user-read-playback-position");

        var result = await session.Client.Chapters.GetChapterAsync(session.Emulator.Catalog.Chapters[0].Id);

        Assert.NotNull(result.Data.ResumePoint);
        Assert.False(result.Data.ResumePoint.FullyPlayed);
    }

    [Fact]
    public async Task GetChapterAsync_UnknownId_ThrowsNotFound()
    {
        await using var session = await EmulatorSession.StartAsync();

        await Assert.ThrowsAsync<SpotifyNotFoundException>(() => session.Client.Chapters.GetChapterAsync("0000000000000000000000"));
    }

    [Fact]
    public async Task GetSeveralChaptersAsync_101Ids_ThreeCallsMergedInOrder()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ids = session.Emulator.Catalog.Chapters.Take(101).Select(c => c.Id).ToArray();

        var result = await session.Get<IChaptersClient>().GetSeveralChaptersAsync(ids);

        Assert.Equal(ids, result.Data.Chapters.Select(c => c!.Id));
        Assert.Equal(3, session.Emulator.RequestLog.Count("GET", "/v1/chapters"));
        Assert.Equal(3, result.Responses.Count);
    }
}
