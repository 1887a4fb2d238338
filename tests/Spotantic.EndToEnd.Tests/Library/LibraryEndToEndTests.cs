using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.Library;

public sealed class LibraryEndToEndTests
{
    [Fact]
    public async Task SaveCheckRemove_HundredAndTwentyMixedUris_ChunkedAndAppliedInOrder()
    {
        await using var session = await EmulatorSession.StartAsync();
        var library = session.User.Library;
        var catalog = session.Emulator.Catalog;
        var uris = NotInLibrary(catalog.Tracks.Select(t => (EmulatorItemType.Track, t.Id, t.Uri)), library, 50)
            .Concat(NotInLibrary(catalog.Albums.Select(a => (EmulatorItemType.Album, a.Id, a.Uri)), library, 25))
            .Concat(NotInLibrary(catalog.Episodes.Select(e => (EmulatorItemType.Episode, e.Id, e.Uri)), library, 20))
            .Concat(NotInLibrary(catalog.Shows.Select(s => (EmulatorItemType.Show, s.Id, s.Uri)), library, 5))
            .Concat(NotInLibrary(catalog.Audiobooks.Select(b => (EmulatorItemType.Audiobook, b.Id, b.Uri)), library, 5))
            .Concat(NotInLibrary(catalog.Artists.Select(a => (EmulatorItemType.Artist, a.Id, a.Uri)), library, 10))
            .Concat(NotInLibrary(catalog.Playlists.Select(p => (EmulatorItemType.Playlist, p.Id, p.Uri)), library, 4))
            .Append("spotify:user:bob_example")
            .ToArray();
        var client = session.Get<ILibraryClient>();

        var before = await client.CheckLibraryContainsAsync(uris);
        var saved = await client.SaveLibraryItemsAsync(uris);
        var after = await session.Client.Library.CheckLibraryContainsAsync(uris);
        var removed = await client.RemoveLibraryItemsAsync(uris[..50]);
        var afterRemove = await client.CheckLibraryContainsAsync(uris);

        Assert.Equal(120, uris.Length);
        Assert.All(before.Data, Assert.False);
        Assert.Equal(3, saved.Responses.Count);
        Assert.Equal(3, session.Emulator.RequestLog.Count("PUT", "/v1/me/library"));
        Assert.Equal(120, after.Data.Count);
        Assert.All(after.Data, Assert.True);
        Assert.Equal(2, removed.Responses.Count);
        Assert.Equal(uris.Select((_, i) => i >= 50), afterRemove.Data);
        Assert.True(library.Contains(EmulatorItemType.User, "bob_example"));
        Assert.True(library.Contains(EmulatorItemType.Artist, uris.First(u => u.StartsWith("spotify:artist:", StringComparison.Ordinal))["spotify:artist:".Length..]));
        Assert.Equal(9, session.Emulator.RequestLog.Count("GET", "/v1/me/library/contains"));
    }

    [Fact]
    public async Task SaveLibraryItemsAsync_OnlyLibraryModify_SavesTracksButRefusesToFollowAnArtist()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserLibraryModify);
        var catalog = session.Emulator.Catalog;
        var track = catalog.Tracks.First(t => !session.User.Library.Contains(EmulatorItemType.Track, t.Id));
        var artist = catalog.Artists.First(a => !session.User.Library.Contains(EmulatorItemType.Artist, a.Id));
        var client = session.Client.Library;

        await client.SaveLibraryItemsAsync([track.Uri]);
        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => client.SaveLibraryItemsAsync([artist.Uri]));

        Assert.True(session.User.Library.Contains(EmulatorItemType.Track, track.Id));
        Assert.Equal([SpotifyScopes.UserFollowModify], exception.MissingScopes);
        Assert.Equal(1, session.Emulator.RequestLog.Count("PUT", "/v1/me/library"));
        Assert.False(session.User.Library.Contains(EmulatorItemType.Artist, artist.Id));
    }

    [Fact]
    public async Task SaveLibraryItemsAsync_ArtistInLastChunkWithoutFollowScope_NothingSentNothingApplied()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserLibraryModify);
        var library = session.User.Library;
        var tracks = NotInLibrary(session.Emulator.Catalog.Tracks.Select(t => (EmulatorItemType.Track, t.Id, t.Uri)), library, 80).ToArray();
        string[] uris = [.. tracks, session.Emulator.Catalog.Artists[0].Uri];

        var exception = await Assert.ThrowsAsync<SpotifyBatchException>(() => session.Client.Library.SaveLibraryItemsAsync(uris));

        Assert.Empty(exception.AppliedItems);
        Assert.IsType<SpotifyInsufficientScopeException>(exception.InnerException);
        Assert.Equal(0, session.Emulator.RequestLog.Count("PUT", "/v1/me/library"));
        Assert.DoesNotContain(tracks, uri => library.Contains(EmulatorItemType.Track, uri["spotify:track:".Length..]));
    }

    [Fact]
    public async Task CheckLibraryContainsAsync_DemoLibrary_TrueForSavedFalseForOthersInOrder()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserLibraryRead, SpotifyScopes.UserFollowRead, SpotifyScopes.PlaylistReadPrivate);
        var library = session.User.Library;
        var savedTrack = library.GetIds(EmulatorItemType.Track)[0];
        var followedArtist = library.GetIds(EmulatorItemType.Artist)[0];
        var followedPlaylist = library.GetIds(EmulatorItemType.Playlist)[0];
        var otherTrack = session.Emulator.Catalog.Tracks.First(t => !library.Contains(EmulatorItemType.Track, t.Id)).Id;

        var result = await session.Client.Library.CheckLibraryContainsAsync(
            ["spotify:track:" + savedTrack, "spotify:track:" + otherTrack, "spotify:artist:" + followedArtist, "spotify:playlist:" + followedPlaylist, "spotify:user:alice.example", "spotify:user:bob_example"]);

        Assert.Equal([true, false, true, true, true, false], result.Data);
    }

    private static IEnumerable<string> NotInLibrary(IEnumerable<(EmulatorItemType Type, string Id, string Uri)> items, EmulatorLibrary library, int count) =>
        items.Where(item => !library.Contains(item.Type, item.Id)).Take(count).Select(item => item.Uri);
}
