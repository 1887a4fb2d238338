using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Requests;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.Shows;

#pragma warning disable CS0618 // The deprecated operations are still served to apps with extended quota and must keep working.

public sealed class ShowsEndToEndTests
{
    [Fact]
    public async Task GetShowAsync_CatalogShow_ReturnsItsNameAndFirstEpisodes()
    {
        await using var session = await EmulatorSession.StartAsync();
        var expected = session.Emulator.Catalog.Shows[2];

        var result = await session.Get<IShowsClient>().GetShowAsync(expected.Id);

        Assert.Equal(expected.Name, result.Data.Name);
        Assert.Equal(expected.EpisodeIds.Count, result.Data.TotalEpisodes);
        Assert.Equal(expected.EpisodeIds, result.Data.Episodes.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task GetShowAsync_ClientCredentials_NeedsAMarket()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var show = session.Emulator.Catalog.Shows[0];

        var withMarket = await session.Client.Shows.GetShowAsync(show.Id, "US");

        Assert.Equal(show.Name, withMarket.Data.Name);
        await Assert.ThrowsAsync<SpotifyNotFoundException>(() => session.Client.Shows.GetShowAsync(show.Id));
    }

    [Fact]
    public async Task GetSeveralShowsAsync_55Ids_TwoCallsMergedInOrder()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ids = session.Emulator.Catalog.Shows.Take(55).Select(s => s.Id).Reverse().ToArray();

        var result = await session.Get<IShowsClient>().GetSeveralShowsAsync(ids);

        Assert.Equal(ids, result.Data.Shows.Select(s => s!.Id));
        Assert.Equal(2, session.Emulator.RequestLog.Count("GET", "/v1/shows"));
        Assert.Equal(2, result.Responses.Count);
    }

    [Fact]
    public async Task GetShowEpisodesAsync_OnePage_HasLinksToTheNext()
    {
        await using var session = await EmulatorSession.StartAsync();
        var show = session.Emulator.Catalog.Shows.First(s => s.EpisodeIds.Count > 100);

        var result = await session.Client.Shows.GetShowEpisodesAsync(show.Id, limit: 10, offset: 20);

        Assert.Equal(show.EpisodeIds.Skip(20).Take(10), result.Data.Items.Select(e => e.Id));
        Assert.Equal(show.EpisodeIds.Count, result.Data.Total);
        Assert.NotNull(result.Data.Next);
    }

    [Fact]
    public async Task EnumerateShowEpisodesAsync_MoreThanTwoPages_WalksEveryPage()
    {
        await using var session = await EmulatorSession.StartAsync();
        var show = session.Emulator.Catalog.Shows.First(s => s.EpisodeIds.Count > 100);

        var ids = new List<string>();
        await foreach (var episode in session.Client.Shows.EnumerateShowEpisodesAsync(new GetShowEpisodesRequest(show.Id) { Limit = 50 }))
        {
            ids.Add(episode.Id);
        }

        Assert.Equal(show.EpisodeIds, ids);
        Assert.Equal(3, session.Emulator.RequestLog.Count("GET", "/v1/shows/{id}/episodes"));
    }

    [Fact]
    public async Task GetUserSavedShowsAsync_FirstPage_NewestFirst()
    {
        await using var session = await EmulatorSession.StartAsync("user-library-read");
        var saved = session.User.Library.GetIds(EmulatorItemType.Show);

        var result = await session.Client.Shows.GetUserSavedShowsAsync(limit: 5);

        Assert.Equal(saved.Take(5), result.Data.Items.Select(s => s.Show.Id));
        Assert.Equal(saved.Count, result.Data.Total);
    }

    [Fact]
    public async Task EnumerateUserSavedShowsAsync_LibraryLargerThanOnePage_WalksEveryPage()
    {
        await using var session = await EmulatorSession.StartAsync();
        var saved = session.User.Library.GetIds(EmulatorItemType.Show);

        var ids = new List<string>();
        await foreach (var show in session.Client.Shows.EnumerateUserSavedShowsAsync())
        {
            ids.Add(show.Show.Id);
        }

        Assert.True(saved.Count > 50, "the seeded library must span several pages");
        Assert.Equal(saved, ids);
        Assert.Equal(2, session.Emulator.RequestLog.Count("GET", "/v1/me/shows"));
    }

    [Fact]
    public async Task SaveCheckRemove_MoreThanOneChunk_ChangeTheLibrary()
    {
        await using var session = await EmulatorSession.StartAsync();
        var shows = session.Get<IShowsClient>();
        var library = session.User.Library;
        library.Clear(EmulatorItemType.Show);
        var ids = session.Emulator.Catalog.Shows.Take(60).Select(s => s.Id).ToArray();

        await shows.SaveShowsForUserAsync(ids);
        var afterSave = await shows.CheckUserSavedShowsAsync(ids);
        await shows.RemoveUserSavedShowsAsync(ids[..55]);
        var afterRemove = await shows.CheckUserSavedShowsAsync(ids);

        Assert.All(afterSave.Data, Assert.True);
        Assert.Equal(ids[55..].Order(StringComparer.Ordinal), library.GetIds(EmulatorItemType.Show).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(0, 60).Select(i => i >= 55), afterRemove.Data);
        Assert.Equal(2, session.Emulator.RequestLog.Count("PUT", "/v1/me/shows"));
        Assert.Equal(2, session.Emulator.RequestLog.Count("DELETE", "/v1/me/shows"));
        Assert.Equal(4, session.Emulator.RequestLog.Count("GET", "/v1/me/shows/contains"));
    }

    [Fact]
    public async Task SaveShowsForUserAsync_WithoutModifyScope_ThrowsBeforeSending()
    {
        await using var session = await EmulatorSession.StartAsync("user-library-read");

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(
            () => session.Client.Shows.SaveShowsForUserAsync([session.Emulator.Catalog.Shows[0].Id]));

        Assert.Contains("user-library-modify", exception.MissingScopes);
        Assert.Equal(0, session.Emulator.RequestLog.Count("PUT", "/v1/me/shows"));
    }
}
