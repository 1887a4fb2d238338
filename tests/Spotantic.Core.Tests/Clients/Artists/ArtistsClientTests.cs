using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Clients.Artists;

public sealed class ArtistsClientTests : IDisposable
{
    private const string ArtistId = "0TnOYISbd1XYRBk9myaseg";

    private readonly StubHttpMessageHandler _stub = new();
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private readonly IArtistsClient _artists;

    public ArtistsClientTests()
    {
        _artists = new ArtistsClient(new SpotifyApiConnection(() => new HttpClient(_stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));
    }

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task GetArtistAsync_ConvenienceOverload_SendsSameAsRequestRecord()
    {
        _stub.EnqueueJson("""{"id":"0TnOYISbd1XYRBk9myaseg","name":"Pitbull","genres":["dance pop"]}""");

        var result = await _artists.GetArtistAsync(ArtistId);

        Assert.Equal(new GetArtistRequest(ArtistId), result.Request);
        Assert.Equal("https://api.test/v1/artists/0TnOYISbd1XYRBk9myaseg", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("Pitbull", result.Data.Name);
    }

    [Fact]
    public async Task GetArtistAsync_InvalidId_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _artists.GetArtistAsync("../me/player/next"));

        Assert.Equal("Id", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetSeveralArtistsAsync_120Ids_ThreeChunksMergedInOrder()
    {
        var ids = Enumerable.Range(0, 120).Select(i => $"artist{i:D14}ab").ToArray();
        var stub = new StubHttpMessageHandler(request =>
        {
            var chunk = request.Query["ids"].Split(',');
            return StubResponses.Json("{\"artists\":[" + string.Join(',', chunk.Select(id => $"{{\"id\":\"{id}\"}}")) + "]}");
        });
        using (stub)
        {
            var artists = new ArtistsClient(new SpotifyApiConnection(() => new HttpClient(stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));

#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.
            var result = await ((IArtistsClient)artists).GetSeveralArtistsAsync(ids);
#pragma warning restore CS0618

            Assert.Equal([50, 50, 20], stub.Requests.Select(r => r.Query["ids"].Split(',').Length));
            Assert.Equal(ids, result.Data.Artists.Select(a => a!.Id));
            Assert.Equal(3, result.Responses.Count);
        }
    }

    [Fact]
    public async Task GetSeveralArtistsAsync_OneInvalidId_ThrowsAndSendsNothing()
    {
#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _artists.GetSeveralArtistsAsync([ArtistId, "bad"]));
#pragma warning restore CS0618

        Assert.Equal("Ids", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetArtistAlbumsAsync_ConvenienceOverload_PassesEveryArgument()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"id":"4aawyAB9vmqN3uQ7FjRGTy","name":"Global Warming","album_group":"single"}],"limit":2,"next":null,"offset":4,"previous":null,"total":5}""");

        var result = await _artists.GetArtistAlbumsAsync(ArtistId, [AlbumGroup.Single, AlbumGroup.Compilation], limit: 2, offset: 4, market: "ES");

        Assert.Equal("https://api.test/v1/artists/0TnOYISbd1XYRBk9myaseg/albums?include_groups=single%2Ccompilation&market=ES&limit=2&offset=4", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal(AlbumGroup.Single, Assert.Single(result.Data.Items).AlbumGroup);
    }

    [Fact]
    public async Task GetArtistAlbumsAsync_LimitEleven_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _artists.GetArtistAlbumsAsync(ArtistId, limit: 11));

        Assert.Equal("Limit", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task EnumerateArtistAlbumsAsync_ThreePages_FollowsNextLinks()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"id":"a1","name":"A1"},{"id":"a2","name":"A2"}],"limit":2,"next":"https://api.test/v1/artists/0TnOYISbd1XYRBk9myaseg/albums?offset=2&limit=2","offset":0,"previous":null,"total":5}""")
             .EnqueueJson("""{"href":"h","items":[{"id":"a3","name":"A3"},{"id":"a4","name":"A4"}],"limit":2,"next":"https://api.test/v1/artists/0TnOYISbd1XYRBk9myaseg/albums?offset=4&limit=2","offset":2,"previous":null,"total":5}""")
             .EnqueueJson("""{"href":"h","items":[{"id":"a5","name":"A5"}],"limit":2,"next":null,"offset":4,"previous":null,"total":5}""");

        var names = new List<string>();
        await foreach (var album in _artists.EnumerateArtistAlbumsAsync(new GetArtistAlbumsRequest(ArtistId) { Limit = 2 }))
        {
            names.Add(album.Name);
        }

        Assert.Equal(["A1", "A2", "A3", "A4", "A5"], names);
        Assert.Equal(
            ["https://api.test/v1/artists/0TnOYISbd1XYRBk9myaseg/albums?limit=2", "https://api.test/v1/artists/0TnOYISbd1XYRBk9myaseg/albums?offset=2&limit=2", "https://api.test/v1/artists/0TnOYISbd1XYRBk9myaseg/albums?offset=4&limit=2"],
            _stub.Requests.Select(r => r.RequestUri.AbsoluteUri));
    }

    [Fact]
    public async Task GetArtistTopTracksAsync_Market_InQuery()
    {
        _stub.EnqueueJson("""{"tracks":[{"id":"11dFghVXANMlKmJXsNCbNl","name":"Cut To The Feeling","type":"track"}]}""");

#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.
        var result = await _artists.GetArtistTopTracksAsync(ArtistId, "SE");
#pragma warning restore CS0618

        Assert.Equal("https://api.test/v1/artists/0TnOYISbd1XYRBk9myaseg/top-tracks?market=SE", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("Cut To The Feeling", Assert.Single(result.Data.Tracks).Name);
    }

    [Fact]
    public async Task GetArtistRelatedArtistsAsync_Id_ExactPath()
    {
        _stub.EnqueueJson("""{"artists":[{"id":"a","name":"Related"}]}""");

#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.
        var result = await _artists.GetArtistRelatedArtistsAsync(ArtistId);
#pragma warning restore CS0618

        Assert.Equal("https://api.test/v1/artists/0TnOYISbd1XYRBk9myaseg/related-artists", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("Related", Assert.Single(result.Data.Artists).Name);
        Assert.Empty(Assert.Single(_stub.Requests).Metadata!.Scopes.Scopes);
    }

    [Theory]
    [InlineData(nameof(IArtistsClient.GetSeveralArtistsAsync), SpotifyDeprecations.MultiGet)]
    [InlineData(nameof(IArtistsClient.GetArtistTopTracksAsync), SpotifyDeprecations.ArtistTopTracks)]
    [InlineData(nameof(IArtistsClient.GetArtistRelatedArtistsAsync), SpotifyDeprecations.November2024)]
    public void DeprecatedOperation_InterfaceMethod_ObsoleteWithReason(string method, string reason)
    {
        var overloads = typeof(IArtistsClient).GetMethods().Where(m => m.Name == method).ToArray();

        Assert.Equal(2, overloads.Length);
        Assert.All(overloads, overload => Assert.Equal(reason, overload.GetCustomAttribute<ObsoleteAttribute>()?.Message));
    }

    [Theory]
    [InlineData(nameof(IArtistsClient.GetArtistAsync))]
    [InlineData(nameof(IArtistsClient.GetArtistAlbumsAsync))]
    [InlineData(nameof(IArtistsClient.EnumerateArtistAlbumsAsync))]
    public void CurrentOperation_InterfaceMethod_NotObsolete(string method)
    {
        var candidates = typeof(IArtistsClient).GetMethods().Where(candidate => candidate.Name == method).ToArray();

        Assert.NotEmpty(candidates);
        Assert.All(candidates, candidate => Assert.Null(candidate.GetCustomAttribute<ObsoleteAttribute>()));
    }
}
