using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Requests;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.Audiobooks;

#pragma warning disable CS0618 // The deprecated operations are still served to apps with extended quota and must keep working.

public sealed class AudiobooksEndToEndTests
{
    [Fact]
    public async Task GetAudiobookAsync_ClientCredentials_ReturnsAuthorsNarratorsAndChapters()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var expected = session.Emulator.Catalog.Audiobooks[3];

        var result = await session.Get<IAudiobooksClient>().GetAudiobookAsync(expected.Id);

        Assert.Equal(expected.Name, result.Data.Name);
        Assert.Equal(expected.Authors, result.Data.Authors.Select(a => a.Name));
        Assert.Equal(expected.Narrators, result.Data.Narrators.Select(n => n.Name));
        Assert.Equal(expected.ChapterIds, result.Data.Chapters.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task GetAudiobookAsync_UnknownId_ThrowsNotFound()
    {
        await using var session = await EmulatorSession.StartAsync();

        await Assert.ThrowsAsync<SpotifyNotFoundException>(() => session.Client.Audiobooks.GetAudiobookAsync("0000000000000000000000"));
    }

    [Fact]
    public async Task GetSeveralAudiobooksAsync_60Ids_TwoCallsMergedInOrder()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ids = session.Emulator.Catalog.Audiobooks.Take(60).Select(b => b.Id).ToArray();

        var result = await session.Get<IAudiobooksClient>().GetSeveralAudiobooksAsync(ids);

        Assert.Equal(ids, result.Data.Audiobooks.Select(b => b!.Id));
        Assert.Equal(2, session.Emulator.RequestLog.Count("GET", "/v1/audiobooks"));
    }

    [Fact]
    public async Task GetAudiobookChaptersAsync_OnePage_InChapterOrder()
    {
        await using var session = await EmulatorSession.StartAsync();
        var book = session.Emulator.Catalog.Audiobooks.First(b => b.ChapterIds.Count > 50);

        var result = await session.Client.Audiobooks.GetAudiobookChaptersAsync(book.Id, limit: 5, offset: 10, market: "US");

        Assert.Equal(Enumerable.Range(11, 5), result.Data.Items.Select(c => c.ChapterNumber));
        Assert.Equal(book.ChapterIds.Count, result.Data.Total);
    }

    [Fact]
    public async Task EnumerateAudiobookChaptersAsync_MoreThanOnePage_WalksEveryPage()
    {
        await using var session = await EmulatorSession.StartAsync();
        var book = session.Emulator.Catalog.Audiobooks.First(b => b.ChapterIds.Count > 50);

        var ids = new List<string>();
        await foreach (var chapter in session.Client.Audiobooks.EnumerateAudiobookChaptersAsync(new GetAudiobookChaptersRequest(book.Id) { Limit = 50 }))
        {
            ids.Add(chapter.Id);
        }

        Assert.Equal(book.ChapterIds, ids);
        Assert.Equal(2, session.Emulator.RequestLog.Count("GET", "/v1/audiobooks/{id}/chapters"));
    }

    [Fact]
    public async Task GetUserSavedAudiobooksAsync_FirstPage_NewestFirst()
    {
        await using var session = await EmulatorSession.StartAsync("user-library-read");
        var saved = session.User.Library.GetIds(EmulatorItemType.Audiobook);

        var result = await session.Client.Audiobooks.GetUserSavedAudiobooksAsync(limit: 3);

        Assert.Equal(saved.Take(3), result.Data.Items.Select(a => a.Audiobook.Id));
    }

    [Fact]
    public async Task EnumerateUserSavedAudiobooksAsync_LibraryLargerThanOnePage_WalksEveryPage()
    {
        await using var session = await EmulatorSession.StartAsync();
        var saved = session.User.Library.GetIds(EmulatorItemType.Audiobook);

        var ids = new List<string>();
        await foreach (var book in session.Client.Audiobooks.EnumerateUserSavedAudiobooksAsync())
        {
            ids.Add(book.Audiobook.Id);
        }

        Assert.True(saved.Count > 50, "the seeded library must span several pages");
        Assert.Equal(saved, ids);
        Assert.Equal(2, session.Emulator.RequestLog.Count("GET", "/v1/me/audiobooks"));
    }

    [Fact]
    public async Task SaveCheckRemove_MoreThanOneChunk_ChangeTheLibrary()
    {
        await using var session = await EmulatorSession.StartAsync();
        var audiobooks = session.Get<IAudiobooksClient>();
        var library = session.User.Library;
        library.Clear(EmulatorItemType.Audiobook);
        var ids = session.Emulator.Catalog.Audiobooks.Take(55).Select(b => b.Id).ToArray();

        await audiobooks.SaveAudiobooksForUserAsync(ids);
        var afterSave = await audiobooks.CheckUserSavedAudiobooksAsync(ids);
        await audiobooks.RemoveUserSavedAudiobooksAsync(ids);
        var afterRemove = await audiobooks.CheckUserSavedAudiobooksAsync(ids);

        Assert.Equal(55, afterSave.Data.Count);
        Assert.All(afterSave.Data, Assert.True);
        Assert.All(afterRemove.Data, Assert.False);
        Assert.Equal(0, library.Count(EmulatorItemType.Audiobook));
        Assert.Equal(2, session.Emulator.RequestLog.Count("PUT", "/v1/me/audiobooks"));
        Assert.Equal(2, session.Emulator.RequestLog.Count("DELETE", "/v1/me/audiobooks"));
    }
}
