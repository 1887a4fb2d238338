using Spotantic.Configuration;
using Spotantic.Exceptions;
using Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Extensions.DependencyInjection.Tests.EndToEnd;

#pragma warning disable CS0618 // Deprecated Albums operations still work for apps with extended quota; they are tested too.
public sealed class AlbumsEndToEndTests
{
    [Fact]
    public async Task GetAlbumAsync_KnownId_MapsTheFullAlbum()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);
        var expected = server.Catalog.Albums[2];

        var album = (await host.Albums.GetAlbumAsync(expected.Id, market: "SE")).Data;

        Assert.Equal(expected.Id, album.Id);
        Assert.Equal(AlbumType.FromValue(expected.AlbumType), album.AlbumType);
        Assert.Equal(expected.ReleaseDate, album.ReleaseDate);
        Assert.Equal(ReleaseDatePrecision.FromValue(expected.ReleaseDatePrecision), album.ReleaseDatePrecision);
        Assert.Equal(expected.Label, album.Label);
        Assert.Equal(expected.Upc, album.ExternalIds?.Upc);
        Assert.Equal($"spotify:album:{expected.Id}", album.Uri);
        Assert.Equal(3, album.Images.Count);
        Assert.Equal(2, album.Copyrights.Count);
        Assert.Equal("SE", server.ApiRequests.Single().QueryValue("market"));
    }

    [Fact]
    public async Task GetAlbumAsync_UnknownId_ThrowsNotFoundWithSpotifyMessage()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);

        var exception = await Assert.ThrowsAsync<SpotifyNotFoundException>(() => host.Albums.GetAlbumAsync("0000000000000000000000"));

        Assert.Equal("Resource not found", exception.SpotifyMessage);
        Assert.Equal("get-an-album", exception.OperationId);
        Assert.Single(server.ApiRequests);
    }

    [Fact]
    public async Task GetSeveralAlbumsAsync_MixedIds_ReturnsNullForUnknownInOrder()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);
        var a = server.Catalog.Albums[5].Id;
        var b = server.Catalog.Albums[6].Id;

        var result = await host.Albums.GetSeveralAlbumsAsync(new GetSeveralAlbumsRequest([a, "0000000000000000000000", b]));

        Assert.Equal([a, null, b], result.Data.Albums.Select(album => album?.Id));
    }

    [Fact]
    public async Task SaveAndRemoveAlbumsAsync_Library_ChangesWhatContainsReports()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.AuthorizationCodePkce);
        await host.StoreUserTokenAsync();
        var saved = server.SavedAlbumIds[0];
        var unsaved = server.Catalog.Albums[^1].Id;

        var before = await host.Albums.CheckUserSavedAlbumsAsync(new CheckUserSavedAlbumsRequest([saved, unsaved]));
        await host.Albums.SaveAlbumsForUserAsync(new SaveAlbumsForUserRequest([unsaved]));
        await host.Albums.RemoveUserSavedAlbumsAsync(new RemoveUserSavedAlbumsRequest([saved]));
        var after = await host.Albums.CheckUserSavedAlbumsAsync(new CheckUserSavedAlbumsRequest([saved, unsaved]));

        Assert.Equal([true, false], before.Data);
        Assert.Equal([false, true], after.Data);
        Assert.Equal(unsaved, server.SavedAlbumIds[0]);
        Assert.Equal(FakeCatalog.InitiallySavedCount, server.SavedAlbumIds.Count);
    }

    [Fact]
    public async Task EnumerateNewReleasesAsync_AllPages_YieldsEveryRelease()
    {
        await using var server = await FakeSpotifyServer.StartAsync();
        await using var host = SpotanticTestHost.Create(server, SpotifyAuthFlow.ClientCredentials);

        var ids = new List<string>();
        await foreach (var album in host.Albums.EnumerateNewReleasesAsync(new GetNewReleasesRequest { Limit = 15 }))
        {
            ids.Add(album.Id);
        }

        Assert.Equal(server.Catalog.Albums.Reverse().Take(40).Select(album => album.Id), ids);
        Assert.Equal(3, server.RequestsTo("/v1/browse/new-releases").Count);
    }
}
