using System.Reflection;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Clients.Search;

public sealed class SearchClientTests : IDisposable
{
    private readonly StubHttpMessageHandler _stub = new();
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private readonly ISearchClient _search;

    public SearchClientTests()
    {
        _search = new SearchClient(new SpotifyApiConnection(() => new HttpClient(_stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));
    }

    public void Dispose() => _stub.Dispose();

    private static string Page(string items, int offset, int limit, int total, string? next) =>
        $$"""{"href":"h","items":[{{items}}],"limit":{{limit}},"next":{{(next is null ? "null" : $"\"{next}\"")}},"offset":{{offset}},"previous":null,"total":{{total}}}""";

    [Fact]
    public async Task SearchAsync_ConvenienceOverload_PassesEveryArgumentAndReadsEachPage()
    {
        _stub.EnqueueJson("{\"tracks\":" + Page("""{"id":"t","name":"Doxy","type":"track"}""", 5, 2, 9, null) + ",\"albums\":" + Page("""{"id":"a","name":"Bags' Groove"}""", 5, 2, 3, null) + "}");

        var result = await _search.SearchAsync("track:Doxy artist:Miles Davis", [SearchType.Track, SearchType.Album], limit: 2, offset: 5, market: "US");

        Assert.Equal(
            "https://api.test/v1/search?q=track%3ADoxy%20artist%3AMiles%20Davis&type=track%2Calbum&market=US&limit=2&offset=5",
            Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("Doxy", Assert.Single(result.Data.Tracks!.Items).Name);
        Assert.Equal("Bags' Groove", Assert.Single(result.Data.Albums!.Items).Name);
        Assert.Null(result.Data.Artists);
    }

    [Fact]
    public async Task SearchAsync_EmptyQuery_ThrowsAndSendsNothing()
    {
        Assert.Equal("Query", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _search.SearchAsync(" ", [SearchType.Track]))).ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task EnumerateSearchTracksAsync_ThreePages_NarrowsToTracksAndFollowsNext()
    {
        _stub.EnqueueJson("{\"tracks\":" + Page("""{"id":"1","name":"T1"},{"id":"2","name":"T2"}""", 0, 2, 5, "https://api.test/v1/search?query=abba&type=track&offset=2&limit=2") + "}")
             .EnqueueJson("{\"tracks\":" + Page("""{"id":"3","name":"T3"},{"id":"4","name":"T4"}""", 2, 2, 5, "https://api.test/v1/search?query=abba&type=track&offset=4&limit=2") + "}")
             .EnqueueJson("{\"tracks\":" + Page("""{"id":"5","name":"T5"}""", 4, 2, 5, null) + "}");

        var names = new List<string>();
        await foreach (var track in _search.EnumerateSearchTracksAsync(new SearchRequest("abba", [SearchType.Album, SearchType.Track]) { Limit = 2 }))
        {
            names.Add(track.Name);
        }

        Assert.Equal(["T1", "T2", "T3", "T4", "T5"], names);
        Assert.Equal("https://api.test/v1/search?q=abba&type=track&limit=2", _stub.Requests[0].RequestUri.AbsoluteUri);
        Assert.Equal("https://api.test/v1/search?query=abba&type=track&offset=4&limit=2", _stub.Requests[2].RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task EnumerateSearchPlaylistsAsync_NullEntries_SkippedButPagingContinues()
    {
        _stub.EnqueueJson("{\"playlists\":" + Page("null,null", 0, 2, 3, "https://api.test/v1/search?query=x&type=playlist&offset=2&limit=2") + "}")
             .EnqueueJson("{\"playlists\":" + Page("""{"id":"p","name":"Mix"}""", 2, 2, 3, null) + "}");

        var names = new List<string>();
        await foreach (var playlist in _search.EnumerateSearchPlaylistsAsync(new SearchRequest("x", [SearchType.Playlist]) { Limit = 2 }))
        {
            names.Add(playlist.Name);
        }

        Assert.Equal(["Mix"], names);
        Assert.Equal(2, _stub.RequestCount);
    }

    [Fact]
    public async Task EnumerateSearchArtistsAsync_NextPastMaximumOffset_StopsWithoutAskingForIt()
    {
        _stub.EnqueueJson("{\"artists\":" + Page("""{"id":"a","name":"A"}""", 995, 10, 5000, "https://api.test/v1/search?query=a&type=artist&offset=1005&limit=10") + "}");

        var names = new List<string>();
        await foreach (var artist in _search.EnumerateSearchArtistsAsync(new SearchRequest("a", [SearchType.Artist]) { Limit = 10, Offset = 995 }))
        {
            names.Add(artist.Name);
        }

        Assert.Equal(["A"], names);
        Assert.Equal(1, _stub.RequestCount);
    }

    [Theory]
    [InlineData("album", "albums")]
    [InlineData("show", "shows")]
    [InlineData("episode", "episodes")]
    [InlineData("audiobook", "audiobooks")]
    public async Task EnumerateSearchOtherTypes_OnePage_ReadsThatTypesPage(string type, string property)
    {
        _stub.EnqueueJson($"{{\"{property}\":" + Page("""{"id":"x","name":"Found"}""", 0, 5, 1, null) + "}");
        var request = new SearchRequest("q", [SearchType.Track]);

        IAsyncEnumerable<string> names = type switch
        {
            "album" => Names(_search.EnumerateSearchAlbumsAsync(request), a => a.Name),
            "show" => Names(_search.EnumerateSearchShowsAsync(request), s => s.Name),
            "episode" => Names(_search.EnumerateSearchEpisodesAsync(request), e => e.Name),
            _ => Names(_search.EnumerateSearchAudiobooksAsync(request), a => a.Name),
        };
        var found = new List<string>();
        await foreach (var name in names)
        {
            found.Add(name);
        }

        Assert.Equal(["Found"], found);
        Assert.Equal("type=" + type, Assert.Single(_stub.Requests).RequestUri.Query.Split('&')[1]);
    }

    [Fact]
    public void SearchClient_EveryMethod_NotObsolete()
    {
        Assert.All(typeof(ISearchClient).GetMethods(), method => Assert.Null(method.GetCustomAttribute<ObsoleteAttribute>()));
        Assert.Equal(7, typeof(ISearchClient).GetMethods().Count(method => method.Name.StartsWith("EnumerateSearch", StringComparison.Ordinal)));
    }

    private static async IAsyncEnumerable<string> Names<T>(IAsyncEnumerable<T> items, Func<T, string> name)
    {
        await foreach (var item in items)
        {
            yield return name(item);
        }
    }
}
