namespace Spotantic.Testing.Tests.Catalog;

public sealed class EmulatorCatalogTests
{
    [Fact]
    public async Task Catalog_SameSeed_GivesTheSameIdsAndNames()
    {
        await using var first = await SpotifyEmulator.StartAsync();
        await using var second = await SpotifyEmulator.StartAsync();

        Assert.Equal(first.Catalog.Tracks.Select(t => t.Id + t.Name), second.Catalog.Tracks.Select(t => t.Id + t.Name));
        Assert.Equal(first.Catalog.Playlists.Select(p => p.Id), second.Catalog.Playlists.Select(p => p.Id));
        Assert.Equal(first.DemoUser!.Library.GetIds(EmulatorItemType.Album), second.DemoUser!.Library.GetIds(EmulatorItemType.Album));
    }

    [Fact]
    public async Task Catalog_OtherSeed_GivesOtherIds()
    {
        await using var first = await SpotifyEmulator.StartAsync();
        await using var other = await SpotifyEmulator.StartAsync(new SpotifyEmulatorOptions { CatalogSeed = 7 });

        Assert.NotEqual(first.Catalog.Tracks[0].Id, other.Catalog.Tracks[0].Id);
    }

    [Fact]
    public async Task Catalog_EveryIdIs22Base62CharactersAndUnique()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        var c = emulator.Catalog;
        var ids = c.Artists.Select(x => x.Id)
            .Concat(c.Albums.Select(x => x.Id)).Concat(c.Tracks.Select(x => x.Id))
            .Concat(c.Shows.Select(x => x.Id)).Concat(c.Episodes.Select(x => x.Id))
            .Concat(c.Audiobooks.Select(x => x.Id)).Concat(c.Chapters.Select(x => x.Id))
            .Concat(c.Playlists.Select(x => x.Id))
            .ToArray();

        Assert.All(ids, id => Assert.Matches("^[0-9A-Za-z]{22}$", id));
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Catalog_IsLargeEnoughToPageThroughEverything()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        var c = emulator.Catalog;
        var library = emulator.DemoUser!.Library;

        Assert.Contains(c.Playlists, p => p.Items.Count >= 500 && p.OwnerId == emulator.DemoUser.Id);
        Assert.Contains(c.Albums, a => a.TrackIds.Count > 50);
        Assert.Contains(c.Shows, s => s.EpisodeIds.Count > 50);
        Assert.Contains(c.Audiobooks, b => b.ChapterIds.Count > 50);
        Assert.True(c.Markets.Count > 150);
        Assert.True(c.Genres.Count > 100);
        Assert.True(c.Categories.Count >= 20);
        foreach (var type in new[] { EmulatorItemType.Track, EmulatorItemType.Album, EmulatorItemType.Episode, EmulatorItemType.Show, EmulatorItemType.Audiobook, EmulatorItemType.Artist, EmulatorItemType.Playlist })
        {
            Assert.True(library.Count(type) > 50, $"{type}: {library.Count(type)}");
        }
    }

    [Fact]
    public async Task Catalog_References_PointToExistingObjects()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        var c = emulator.Catalog;

        Assert.All(c.Albums, a => Assert.All(a.TrackIds, t => Assert.Equal(a.Id, c.FindTrack(t)!.AlbumId)));
        Assert.All(c.Tracks, t => Assert.All(t.ArtistIds, id => Assert.NotNull(c.FindArtist(id))));
        Assert.All(c.Shows, s => Assert.All(s.EpisodeIds, e => Assert.Equal(s.Id, c.FindEpisode(e)!.ShowId)));
        Assert.All(c.Categories, cat => Assert.All(cat.PlaylistIds, p => Assert.NotNull(c.FindPlaylist(p))));
    }
}
