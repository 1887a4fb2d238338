using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Requests;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.Albums;

#pragma warning disable CS0618 // The deprecated operations are still served to apps with extended quota and must keep working.

public sealed class AlbumsEndToEndTests
{
    [Fact]
    public async Task GetAlbumAsync_CatalogAlbum_ReturnsItsNameAndTracks()
    {
        await using var session = await EmulatorSession.StartAsync();
        var expected = session.Emulator.Catalog.Albums[3];

        var result = await session.Get<IAlbumsClient>().GetAlbumAsync(expected.Id);

        Assert.Equal(expected.Name, result.Data.Name);
        Assert.Equal(expected.TrackIds.Count, result.Data.TotalTracks);
    }

    [Fact]
    public async Task GetAlbumAsync_UnknownId_ThrowsNotFound()
    {
        await using var session = await EmulatorSession.StartAsync();

        await Assert.ThrowsAsync<SpotifyNotFoundException>(() => session.Get<IAlbumsClient>().GetAlbumAsync("0000000000000000000000"));
    }

    [Fact]
    public async Task EnumerateUserSavedAlbumsAsync_LibraryLargerThanOnePage_WalksEveryPage()
    {
        await using var session = await EmulatorSession.StartAsync();
        var saved = session.User.Library.GetIds(EmulatorItemType.Album);

        var ids = new List<string>();
        await foreach (var album in session.Client.Albums.EnumerateUserSavedAlbumsAsync())
        {
            ids.Add(album.Album.Id);
        }

        Assert.True(saved.Count > 50, "the seeded library must span several pages");
        Assert.Equal(saved.OrderBy(id => id), ids.OrderBy(id => id));
        Assert.True(session.Emulator.RequestLog.Count("GET", "/v1/me/albums") >= 2);
    }

    [Fact]
    public async Task GetSeveralAlbumsAsync_45IdsWithAnUnknownOne_ThreeCallsMergedInInputOrder()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ids = session.Emulator.Catalog.Albums.Take(44).Select(a => a.Id).Reverse().Append("0000000000000000000000").ToArray();

        var result = await session.Client.Albums.GetSeveralAlbumsAsync(ids);

        Assert.Equal(ids[..44], result.Data.Albums.Take(44).Select(a => a!.Id));
        Assert.Null(result.Data.Albums[44]);
        Assert.Equal(3, session.Emulator.RequestLog.Count("GET", "/v1/albums"));
        Assert.Equal(3, result.Responses.Count);
    }

    [Fact]
    public async Task GetAlbumTracksAsync_OnePage_ReturnsThatSliceWithANextLink()
    {
        await using var session = await EmulatorSession.StartAsync();
        var album = session.Emulator.Catalog.Albums.First(a => a.TrackIds.Count >= 8);

        var result = await session.Client.Albums.GetAlbumTracksAsync(album.Id, limit: 3, offset: 2);

        Assert.Equal(album.TrackIds.Skip(2).Take(3), result.Data.Items.Select(t => t.Id));
        Assert.Equal(album.TrackIds.Count, result.Data.Total);
        Assert.NotNull(result.Data.Next);
    }

    [Fact]
    public async Task EnumerateAlbumTracksAsync_SeveralPages_WalksEveryTrackInOrder()
    {
        await using var session = await EmulatorSession.StartAsync();
        var album = session.Emulator.Catalog.Albums.First(a => a.TrackIds.Count >= 8);

        var ids = new List<string>();
        await foreach (var track in session.Client.Albums.EnumerateAlbumTracksAsync(new GetAlbumTracksRequest(album.Id) { Limit = 3 }))
        {
            ids.Add(track.Id!);
        }

        Assert.Equal(album.TrackIds, ids);
        Assert.Equal((album.TrackIds.Count + 2) / 3, session.Emulator.RequestLog.Count("GET", "/v1/albums/{id}/tracks"));
    }

    [Fact]
    public async Task GetUserSavedAlbumsAsync_FirstPage_NewestFirst()
    {
        await using var session = await EmulatorSession.StartAsync("user-library-read");
        var saved = session.User.Library.GetIds(EmulatorItemType.Album);

        var result = await session.Client.Albums.GetUserSavedAlbumsAsync(limit: 5);

        Assert.Equal(saved.Take(5), result.Data.Items.Select(s => s.Album.Id));
        Assert.Equal(saved.Count, result.Data.Total);
    }

    [Fact]
    public async Task SaveCheckRemove_MoreThanOneChunk_ChangeTheLibrary()
    {
        await using var session = await EmulatorSession.StartAsync();
        var albums = session.Get<IAlbumsClient>();
        var library = session.User.Library;
        library.Clear(EmulatorItemType.Album);
        var ids = session.Emulator.Catalog.Albums.Take(45).Select(a => a.Id).ToArray();

        await albums.SaveAlbumsForUserAsync(ids);
        var afterSave = await albums.CheckUserSavedAlbumsAsync(ids);
        await albums.RemoveUserSavedAlbumsAsync(ids[..25]);
        var afterRemove = await albums.CheckUserSavedAlbumsAsync(ids);

        Assert.All(afterSave.Data, Assert.True);
        Assert.Equal(ids[25..].Order(StringComparer.Ordinal), library.GetIds(EmulatorItemType.Album).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(0, 45).Select(i => i >= 25), afterRemove.Data);
        Assert.Equal(3, session.Emulator.RequestLog.Count("PUT", "/v1/me/albums"));
        Assert.Equal(2, session.Emulator.RequestLog.Count("DELETE", "/v1/me/albums"));
        Assert.Equal(6, session.Emulator.RequestLog.Count("GET", "/v1/me/albums/contains"));
    }

    [Fact]
    public async Task GetNewReleasesAsync_ClientCredentials_FirstPageIsWhereTheWalkStarts()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();

        var first = await session.Client.Albums.GetNewReleasesAsync(new GetNewReleasesRequest { Limit = 7 });
        var all = new List<string>();
        await foreach (var album in session.Client.Albums.EnumerateNewReleasesAsync(new GetNewReleasesRequest { Limit = 50 }))
        {
            all.Add(album.Id);
        }

        Assert.Equal(7, first.Data.Albums.Items.Count);
        Assert.Equal(first.Data.Albums.Total, all.Count);
        Assert.Equal(first.Data.Albums.Items.Select(a => a.Id), all.Take(7));
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.True(all.Count > 50, "new releases must span several pages");
        Assert.Equal(1 + ((all.Count + 49) / 50), session.Emulator.RequestLog.Count("GET", "/v1/browse/new-releases"));
    }
}
