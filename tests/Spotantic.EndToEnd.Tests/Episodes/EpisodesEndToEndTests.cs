using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.Episodes;

#pragma warning disable CS0618 // The deprecated operations are still served to apps with extended quota and must keep working.

public sealed class EpisodesEndToEndTests
{
    [Fact]
    public async Task GetEpisodeAsync_AllScopes_ReturnsTheEpisodeWithItsShowAndResumePoint()
    {
        await using var session = await EmulatorSession.StartAsync();
        var expected = session.Emulator.Catalog.Episodes[4];

        var result = await session.Get<IEpisodesClient>().GetEpisodeAsync(expected.Id);

        Assert.Equal(expected.Name, result.Data.Name);
        Assert.Equal(expected.DurationMs, result.Data.DurationMs);
        Assert.Equal(expected.ShowId, result.Data.Show.Id);
        Assert.NotNull(result.Data.ResumePoint);
    }

    [Fact]
    public async Task GetEpisodeAsync_ClientCredentialsWithMarket_NoResumePoint()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var expected = session.Emulator.Catalog.Episodes[4];

        var result = await session.Client.Episodes.GetEpisodeAsync(expected.Id, "GB");

        Assert.Equal(expected.Id, result.Data.Id);
        Assert.Null(result.Data.ResumePoint);
    }

    [Fact]
    public async Task GetEpisodeAsync_UnknownId_ThrowsNotFound()
    {
        await using var session = await EmulatorSession.StartAsync();

        await Assert.ThrowsAsync<SpotifyNotFoundException>(() => session.Client.Episodes.GetEpisodeAsync("0000000000000000000000"));
    }

    [Fact]
    public async Task GetSeveralEpisodesAsync_120Ids_ThreeCallsMergedInOrderWithNullForUnknown()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ids = session.Emulator.Catalog.Episodes.Skip(10).Take(119).Select(e => e.Id).Append("0000000000000000000000").ToArray();

        var result = await session.Get<IEpisodesClient>().GetSeveralEpisodesAsync(ids, "US");

        Assert.Equal(ids[..^1], result.Data.Episodes.Take(119).Select(e => e!.Id));
        Assert.Null(result.Data.Episodes[^1]);
        Assert.Equal(3, session.Emulator.RequestLog.Count("GET", "/v1/episodes"));
    }

    [Fact]
    public async Task GetUserSavedEpisodesAsync_LibraryReadOnly_ServedWithoutResumePoints()
    {
        await using var session = await EmulatorSession.StartAsync("user-library-read");
        var saved = session.User.Library.GetIds(EmulatorItemType.Episode);

        var result = await session.Client.Episodes.GetUserSavedEpisodesAsync(limit: 10, offset: 5);

        Assert.Equal(saved.Skip(5).Take(10), result.Data.Items.Select(e => e.Episode.Id));
        Assert.All(result.Data.Items, e => Assert.Null(e.Episode.ResumePoint));
    }

    [Fact]
    public async Task EnumerateUserSavedEpisodesAsync_LibraryLargerThanOnePage_WalksEveryPageWithResumePoints()
    {
        await using var session = await EmulatorSession.StartAsync("user-library-read", "user-read-playback-position");
        var saved = session.User.Library.GetIds(EmulatorItemType.Episode);

        var episodes = new List<Spotantic.Models.SavedEpisode>();
        await foreach (var episode in session.Client.Episodes.EnumerateUserSavedEpisodesAsync())
        {
            episodes.Add(episode);
        }

        Assert.True(saved.Count > 50, "the seeded library must span several pages");
        Assert.Equal(saved, episodes.Select(e => e.Episode.Id));
        Assert.All(episodes, e => Assert.NotNull(e.Episode.ResumePoint));
        Assert.Equal(2, session.Emulator.RequestLog.Count("GET", "/v1/me/episodes"));
    }

    [Fact]
    public async Task SaveCheckRemove_MoreThanOneChunk_ChangeTheLibrary()
    {
        await using var session = await EmulatorSession.StartAsync();
        var episodes = session.Get<IEpisodesClient>();
        var library = session.User.Library;
        library.Clear(EmulatorItemType.Episode);
        var ids = session.Emulator.Catalog.Episodes.Take(70).Select(e => e.Id).ToArray();

        await episodes.SaveEpisodesForUserAsync(ids);
        var afterSave = await episodes.CheckUserSavedEpisodesAsync(ids);
        await episodes.RemoveUserSavedEpisodesAsync(ids[10..]);
        var afterRemove = await episodes.CheckUserSavedEpisodesAsync(ids);

        Assert.All(afterSave.Data, Assert.True);
        Assert.Equal(Enumerable.Range(0, 70).Select(i => i < 10), afterRemove.Data);
        Assert.Equal(ids[..10].Order(StringComparer.Ordinal), library.GetIds(EmulatorItemType.Episode).Order(StringComparer.Ordinal));
        Assert.Equal(2, session.Emulator.RequestLog.Count("PUT", "/v1/me/episodes"));
        Assert.Equal(2, session.Emulator.RequestLog.Count("DELETE", "/v1/me/episodes"));
    }

    [Fact]
    public async Task SaveEpisodesForUserAsync_UnknownIdInSecondChunk_BatchExceptionSaysWhatWasApplied()
    {
        await using var session = await EmulatorSession.StartAsync();
        var library = session.User.Library;
        library.Clear(EmulatorItemType.Episode);
        var ids = session.Emulator.Catalog.Episodes.Take(60).Select(e => e.Id).Append("0000000000000000000000").ToArray();

        var exception = await Assert.ThrowsAsync<SpotifyBatchException>(() => session.Client.Episodes.SaveEpisodesForUserAsync(ids));

        Assert.Equal(ids[..50], exception.AppliedItems);
        Assert.Equal(ids[50..], exception.FailedItems);
        Assert.Empty(exception.NotSentItems);
        Assert.IsType<SpotifyNotFoundException>(exception.InnerException);
        Assert.Equal(50, library.Count(EmulatorItemType.Episode));
    }
}
