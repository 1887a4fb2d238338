using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Requests;

namespace Spotantic.EndToEnd.Tests.Search;

public sealed class SearchEndToEndTests
{
    [Fact]
    public async Task SearchAsync_TwoTypes_OnePageEachAndNoOthers()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();

        var result = await session.Get<ISearchClient>().SearchAsync("a", [SearchType.Track, SearchType.Artist], limit: 4);

        Assert.Equal(4, result.Data.Tracks!.Items.Count);
        Assert.NotNull(result.Data.Artists);
        Assert.Null(result.Data.Albums);
        Assert.Null(result.Data.Playlists);
        var sent = session.Emulator.RequestLog.Find("GET", "/v1/search").Single();
        Assert.Equal("a", sent.Query["q"]);
        Assert.Equal("track,artist", sent.Query["type"]);
    }

    [Fact]
    public async Task EnumerateSearchTracksAsync_ArtistFilter_WalksEveryPageOfThatType()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var catalog = session.Emulator.Catalog;
        var artist = catalog.Artists.First(a => catalog.Tracks.Count(t => t.ArtistIds.Contains(a.Id)) > 10);
        var expected = catalog.Tracks
            .Where(t => t.ArtistIds.Any(id => catalog.FindArtist(id)!.Name.Contains(artist.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(t => t.Id)
            .Order()
            .ToArray();

        var ids = new List<string>();
        await foreach (var track in session.Client.Search.EnumerateSearchTracksAsync(new SearchRequest($"artist:\"{artist.Name}\"", [SearchType.Track, SearchType.Album]) { Limit = 4 }))
        {
            ids.Add(track.Id!);
        }

        Assert.Equal(expected, ids.Order().ToArray());
        var calls = session.Emulator.RequestLog.Find("GET", "/v1/search");
        Assert.Equal((expected.Length + 3) / 4, calls.Count);
        Assert.All(calls, call => Assert.Equal("track", call.Query["type"]));
    }

    [Fact]
    public async Task EnumerateSearchEveryOtherType_BroadQuery_YieldsItemsOfThatTypeAcrossPages()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var search = session.Client.Search;
        var request = new SearchRequest("e", [SearchType.Track]) { Limit = 2 };

        var artists = await CountAsync(search.EnumerateSearchArtistsAsync(request), 5);
        var albums = await CountAsync(search.EnumerateSearchAlbumsAsync(request), 5);
        var playlists = await CountAsync(search.EnumerateSearchPlaylistsAsync(request), 5);
        var shows = await CountAsync(search.EnumerateSearchShowsAsync(request), 5);
        var episodes = await CountAsync(search.EnumerateSearchEpisodesAsync(request), 5);
        var audiobooks = await CountAsync(search.EnumerateSearchAudiobooksAsync(request), 5);

        Assert.All([artists, albums, playlists, shows, episodes, audiobooks], count => Assert.Equal(5, count));
        var types = session.Emulator.RequestLog.Find("GET", "/v1/search").Select(call => call.Query["type"]).Distinct().Order();
        Assert.Equal(["album", "artist", "audiobook", "episode", "playlist", "show"], types);
        Assert.True(session.Emulator.RequestLog.Count("GET", "/v1/search") >= 18, "each walk of five items at two per page takes three pages");
    }

    [Fact]
    public async Task SearchAsync_QueryWithReservedCharacters_ReachesTheEmulatorIntact()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        const string query = "a&type=show/../#x?";

        var result = await session.Client.Search.SearchAsync(query, [SearchType.Track]);

        Assert.Equal(0, result.Data.Tracks!.Total);
        Assert.Equal(query, session.Emulator.RequestLog.Last!.Query["q"]);
        Assert.Equal("track", session.Emulator.RequestLog.Last!.Query["type"]);
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items, int atMost)
    {
        var count = 0;
        await foreach (var item in items)
        {
            Assert.NotNull(item);
            if (++count == atMost)
            {
                break;
            }
        }

        return count;
    }
}
