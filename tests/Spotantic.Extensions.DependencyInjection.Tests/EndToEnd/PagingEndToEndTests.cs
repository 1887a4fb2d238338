using System.Net;
using System.Text;
using Spotantic.Configuration;
using Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;
using Spotantic.Requests;

namespace Spotantic.Extensions.DependencyInjection.Tests.EndToEnd;

public sealed class PagingEndToEndTests
{
    [Fact]
    public async Task EnumerateUserSavedAlbumsAsync_120SavedAlbums_FollowsNextLinksOverThreePages()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);
        await host.StoreUserTokenAsync();

        var ids = new List<string>();
        await foreach (var saved in host.Albums.EnumerateUserSavedAlbumsAsync())
        {
            ids.Add(saved.Album.Id);
        }

        Assert.Equal(FakeCatalog.InitiallySavedCount, ids.Count);
        Assert.Equal(server.SavedAlbumIds, ids);
        var pages = server.RequestsTo("/v1/me/albums");
        Assert.Equal(["0", "50", "100"], pages.Select(page => page.QueryValue("offset") ?? "0"));
        Assert.All(pages, page => Assert.Equal("50", page.QueryValue("limit")));
    }

    [Fact]
    public async Task GetUserSavedAlbumsAsync_Page_ExposesTypedRequestRawResponseAndData()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);
        await host.StoreUserTokenAsync();

        var result = await host.Albums.GetUserSavedAlbumsAsync(limit: 10, offset: 5, market: "ES");

        Assert.Equal(new GetUserSavedAlbumsRequest { Limit = 10, Offset = 5, Market = "ES" }, result.Request);
        Assert.Equal(HttpStatusCode.OK, result.Response.StatusCode);
        Assert.Equal(HttpMethod.Get, result.Response.Method);
        Assert.Equal("application/json", result.Response.ContentType);
        Assert.Equal($"{server.ApiBaseAddress}me/albums?limit=10&offset=5&market=ES", result.Response.RequestUri.AbsoluteUri);
        Assert.Contains("\"added_at\"", Encoding.UTF8.GetString(result.Response.Body.Span), StringComparison.Ordinal);
        Assert.Equal(FakeCatalog.InitiallySavedCount, result.Response.Json!.Value.GetProperty("total").GetInt32());

        var page = result.Data;
        Assert.Equal(FakeCatalog.InitiallySavedCount, page.Total);
        Assert.Equal(10, page.Limit);
        Assert.Equal(5, page.Offset);
        Assert.Equal($"{server.ApiBaseAddress}me/albums?offset=15&limit=10&market=ES", page.Next);
        Assert.Equal($"{server.ApiBaseAddress}me/albums?offset=0&limit=10&market=ES", page.Previous);
        Assert.Equal(server.SavedAlbumIds.Skip(5).Take(10), page.Items.Select(item => item.Album.Id));
        var first = page.Items[0];
        var expected = server.Catalog.Find(first.Album.Id)!;
        Assert.Equal(expected.Name, first.Album.Name);
        Assert.Equal(expected.Tracks.Count, first.Album.TotalTracks);
        Assert.Equal(expected.Tracks.Select(t => t.Id), first.Album.Tracks.Items.Select(t => t.Id));
        Assert.Equal(expected.ArtistName, Assert.Single(first.Album.Artists).Name);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 7, 0, 0, TimeSpan.Zero), first.AddedAt);
    }

    [Fact]
    public async Task EnumerateAlbumTracksAsync_SmallPages_YieldsEveryTrackInOrder()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);
        var album = server.Catalog.Albums.First(a => a.Tracks.Count == 12);

        var names = new List<string>();
        await foreach (var track in host.Albums.EnumerateAlbumTracksAsync(new GetAlbumTracksRequest(album.Id) { Limit = 5 }))
        {
            names.Add(track.Name);
        }

        Assert.Equal(album.Tracks.Select(t => t.Name), names);
        Assert.Equal(3, server.RequestsTo($"/v1/albums/{album.Id}/tracks").Count);
    }
}
