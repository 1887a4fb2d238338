using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.Albums;

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
}
