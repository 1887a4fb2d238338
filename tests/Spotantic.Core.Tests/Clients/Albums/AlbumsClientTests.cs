using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Clients.Albums;

public sealed class AlbumsClientTests : IDisposable
{
    private const string AlbumId = "4aawyAB9vmqN3uQ7FjRGTy";

    private readonly StubHttpMessageHandler _stub = new();
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private readonly IAlbumsClient _albums;

    public AlbumsClientTests()
    {
        _albums = new AlbumsClient(new SpotifyApiConnection(() => new HttpClient(_stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));
    }

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task GetAlbumAsync_ConvenienceOverload_SendsSameAsRequestRecord()
    {
        _stub.EnqueueJson("""{"id":"4aawyAB9vmqN3uQ7FjRGTy"}""");

        var result = await _albums.GetAlbumAsync(AlbumId, "ES");

        Assert.Equal(new GetAlbumRequest(AlbumId) { Market = "ES" }, result.Request);
        Assert.Equal("https://api.test/v1/albums/4aawyAB9vmqN3uQ7FjRGTy?market=ES", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task GetAlbumTracksAsync_ConvenienceOverload_PassesEveryArgument()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"id":"0DiWol3AO6WpXZgp0goxAV","name":"One More Time","track_number":1}],"limit":5,"next":null,"offset":10,"previous":null,"total":11}""");

        var result = await _albums.GetAlbumTracksAsync(AlbumId, limit: 5, offset: 10, market: "SE");

        Assert.Equal("https://api.test/v1/albums/4aawyAB9vmqN3uQ7FjRGTy/tracks?market=SE&limit=5&offset=10", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("One More Time", Assert.Single(result.Data.Items).Name);
        Assert.Equal(11, result.Data.Total);
    }

    [Fact]
    public async Task GetUserSavedAlbumsAsync_ConvenienceOverload_PassesEveryArgument()
    {
        _stub.EnqueueJson("""{"href":"h","items":[],"limit":3,"next":null,"offset":6,"previous":null,"total":6}""");

        var result = await _albums.GetUserSavedAlbumsAsync(limit: 3, offset: 6, market: "US");

        Assert.Equal("https://api.test/v1/me/albums?limit=3&offset=6&market=US", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Empty(result.Data.Items);
    }

    [Fact]
    public async Task GetAlbumAsync_InvalidIdThroughConvenienceOverload_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _albums.GetAlbumAsync("../me/player/next"));

        Assert.Equal("Id", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task CheckUserSavedAlbumsAsync_BooleanArray_ReturnedInOrder()
    {
        _stub.EnqueueJson("[true,false]");

#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.
        var result = await _albums.CheckUserSavedAlbumsAsync(new CheckUserSavedAlbumsRequest([AlbumId, "1A2GTWGtFfWp7KSQTwWOyo"]));
#pragma warning restore CS0618

        Assert.Equal([true, false], result.Data);
    }

    [Fact]
    public async Task EnumerateNewReleasesAsync_WrappedPages_FollowsNextInsideAlbums()
    {
        _stub.EnqueueJson("""{"albums":{"href":"h","items":[{"id":"a1","name":"A1"}],"limit":1,"next":"https://api.test/v1/browse/new-releases?offset=1&limit=1","offset":0,"previous":null,"total":2}}""")
             .EnqueueJson("""{"albums":{"href":"h","items":[{"id":"a2","name":"A2"}],"limit":1,"next":null,"offset":1,"previous":null,"total":2}}""");

        var names = new List<string>();
#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.
        await foreach (var album in _albums.EnumerateNewReleasesAsync(new GetNewReleasesRequest { Limit = 1 }))
#pragma warning restore CS0618
        {
            names.Add(album.Name);
        }

        Assert.Equal(["A1", "A2"], names);
        Assert.Equal(2, _stub.RequestCount);
    }

    [Theory]
    [InlineData(nameof(IAlbumsClient.GetSeveralAlbumsAsync), SpotifyDeprecations.MultiGet)]
    [InlineData(nameof(IAlbumsClient.SaveAlbumsForUserAsync), SpotifyDeprecations.PerTypeLibrary)]
    [InlineData(nameof(IAlbumsClient.RemoveUserSavedAlbumsAsync), SpotifyDeprecations.PerTypeLibrary)]
    [InlineData(nameof(IAlbumsClient.CheckUserSavedAlbumsAsync), SpotifyDeprecations.PerTypeLibrary)]
    [InlineData(nameof(IAlbumsClient.GetNewReleasesAsync), SpotifyDeprecations.Browse)]
    [InlineData(nameof(IAlbumsClient.EnumerateNewReleasesAsync), SpotifyDeprecations.Browse)]
    public void DeprecatedOperation_InterfaceMethod_ObsoleteWithReason(string method, string reason)
    {
        var overloads = typeof(IAlbumsClient).GetMethods().Where(m => m.Name == method).ToArray();

        Assert.NotEmpty(overloads);
        foreach (var overload in overloads)
        {
            var obsolete = overload.GetCustomAttribute<ObsoleteAttribute>();
            Assert.NotNull(obsolete);
            Assert.Equal(reason, obsolete.Message);
            Assert.False(obsolete.IsError);
        }
    }

    [Theory]
    [InlineData(nameof(IAlbumsClient.GetAlbumAsync))]
    [InlineData(nameof(IAlbumsClient.GetAlbumTracksAsync))]
    [InlineData(nameof(IAlbumsClient.GetUserSavedAlbumsAsync))]
    [InlineData(nameof(IAlbumsClient.EnumerateUserSavedAlbumsAsync))]
    public void CurrentOperation_InterfaceMethod_NotObsolete(string method)
    {
        Assert.All(
            typeof(IAlbumsClient).GetMethods().Where(candidate => candidate.Name == method),
            candidate => Assert.Null(candidate.GetCustomAttribute<ObsoleteAttribute>()));
    }
}
