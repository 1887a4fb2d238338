using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Models;
using Spotantic.Requests;

#pragma warning disable CS0618 // Deprecated Artists operations are still served to apps with extended quota and must keep working.

namespace Spotantic.EndToEnd.Tests.Artists;

public sealed class ArtistsEndToEndTests
{
    [Fact]
    public async Task GetArtistAsync_ClientCredentials_ReturnsTheCatalogArtist()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var expected = session.Emulator.Catalog.Artists[4];

        var result = await session.Get<IArtistsClient>().GetArtistAsync(expected.Id);

        Assert.Equal(expected.Name, result.Data.Name);
        Assert.Equal(expected.Genres, result.Data.Genres);
        Assert.Equal(expected.Followers, result.Data.Followers!.Total);
    }

    [Fact]
    public async Task GetArtistAsync_UnknownId_ThrowsNotFound()
    {
        await using var session = await EmulatorSession.StartAsync();

        await Assert.ThrowsAsync<SpotifyNotFoundException>(() => session.Client.Artists.GetArtistAsync("0000000000000000000000"));
    }

    [Fact]
    public async Task GetSeveralArtistsAsync_120Ids_ThreeCallsMergedInOrderWithNullForUnknown()
    {
        await using var session = await EmulatorSession.StartAsync();
        var catalog = session.Emulator.Catalog.Artists;
        var ids = Enumerable.Range(0, 120).Select(i => i == 77 ? "0000000000000000000000" : catalog[i % catalog.Count].Id).ToArray();

        var result = await session.Client.Artists.GetSeveralArtistsAsync(ids);

        Assert.Equal(ids.Select(id => id == "0000000000000000000000" ? null : id), result.Data.Artists.Select(a => a?.Id));
        var calls = session.Emulator.RequestLog.Find("GET", "/v1/artists");
        Assert.Equal([50, 50, 20], calls.Select(c => c.Query["ids"].Split(',').Length));
        Assert.Equal(3, result.Responses.Count);
    }

    [Fact]
    public async Task EnumerateArtistAlbumsAsync_DiscographyLargerThanOnePage_WalksEveryPage()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var catalog = session.Emulator.Catalog;
        var artist = catalog.Artists.First(a => catalog.Albums.Count(album => album.ArtistIds.Contains(a.Id)) > 3);
        var expected = catalog.Albums.Where(album => album.ArtistIds.Contains(artist.Id)).Select(album => album.Id).Order().ToArray();

        var ids = new List<string>();
        await foreach (var album in session.Client.Artists.EnumerateArtistAlbumsAsync(new GetArtistAlbumsRequest(artist.Id) { IncludeGroups = [AlbumGroup.Album, AlbumGroup.Single, AlbumGroup.Compilation], Limit = 2 }))
        {
            Assert.NotEqual(AlbumGroup.AppearsOn, album.AlbumGroup);
            ids.Add(album.Id);
        }

        Assert.Equal(expected, ids.Order().ToArray());
        Assert.Equal((expected.Length + 1) / 2, session.Emulator.RequestLog.Count("GET", $"/v1/artists/{artist.Id}/albums"));
    }

    [Fact]
    public async Task GetArtistAlbumsAsync_OnePage_CarriesPagingFields()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var artist = session.Emulator.Catalog.Artists[0];

        var page = await session.Client.Artists.GetArtistAlbumsAsync(artist.Id, limit: 1, offset: 1);

        Assert.Equal(1, page.Data.Offset);
        Assert.Equal(1, page.Data.Limit);
        Assert.True(page.Data.Total >= page.Data.Items.Count);
        var sent = session.Emulator.RequestLog.Last!;
        Assert.Equal("1", sent.Query["offset"]);
        Assert.Equal("1", sent.Query["limit"]);
    }

    [Fact]
    public async Task GetArtistTopTracksAsync_Market_TracksOfTheArtistMostPopularFirst()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var artist = session.Emulator.Catalog.Artists[1];

        var result = await session.Client.Artists.GetArtistTopTracksAsync(artist.Id, "SE");

        Assert.NotEmpty(result.Data.Tracks);
        Assert.All(result.Data.Tracks, track => Assert.Contains(track.Artists, a => a.Id == artist.Id));
        Assert.Equal(result.Data.Tracks.Select(t => t.Popularity).OrderDescending(), result.Data.Tracks.Select(t => t.Popularity));
        Assert.Equal("SE", session.Emulator.RequestLog.Last!.Query["market"]);
    }

    [Fact]
    public async Task GetArtistRelatedArtistsAsync_Artist_OtherArtists()
    {
        await using var session = await EmulatorSession.StartAsync();
        var artist = session.Emulator.Catalog.Artists[2];

        var result = await session.Client.Artists.GetArtistRelatedArtistsAsync(artist.Id);

        Assert.NotEmpty(result.Data.Artists);
        Assert.DoesNotContain(result.Data.Artists, a => a.Id == artist.Id);
    }
}
