using System.Net;
using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.Playlists;

public sealed class PlaylistsEndToEndTests
{
    private static readonly byte[] TinyJpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9];

    [Fact]
    public async Task GetPlaylistAsync_OwnLargePlaylist_EmbedsFirstPageOfItems()
    {
        await using var session = await EmulatorSession.StartAsync();
        var expected = Large(session);

        var result = await session.Get<IPlaylistsClient>().GetPlaylistAsync(expected.Id);

        Assert.Equal(expected.Name, result.Data.Name);
        Assert.Equal(expected.SnapshotId, result.Data.SnapshotId);
        Assert.NotNull(result.Data.Items);
        Assert.Equal(expected.Items.Count, result.Data.Items.Total);
        Assert.Equal(expected.Items.Take(50).Select(i => i.Uri), result.Data.Items.Items.Select(i => i.Item?.Uri));
        Assert.NotNull(result.Data.Items.Next);
    }

    [Fact]
    public async Task GetPlaylistAsync_ClientCredentialsWithFields_ServesPublicPlaylist()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var expected = session.Emulator.Catalog.Playlists.First(p => p.OwnerId == "spotify" && p.IsPublic);

        var result = await session.Client.Playlists.GetPlaylistAsync(new GetPlaylistRequest(expected.Id) { Fields = "name,owner", AdditionalTypes = ["episode"] });

        Assert.Equal(expected.Name, result.Data.Name);
        Assert.Equal("spotify", result.Data.Owner.Id);
        Assert.Equal("", result.Data.Id);
    }

    [Fact]
    public async Task EnumeratePlaylistItemsAsync_PlaylistOfSeveralHundredItems_WalksEveryPageInOrder()
    {
        await using var session = await EmulatorSession.StartAsync();
        var expected = Large(session);

        var items = new List<PlaylistItem>();
        await foreach (var item in session.Client.Playlists.EnumeratePlaylistItemsAsync(new GetPlaylistItemsRequest(expected.Id) { Limit = 50, AdditionalTypes = ["track", "episode"] }))
        {
            items.Add(item);
        }

        Assert.True(expected.Items.Count > 500);
        Assert.Equal(expected.Items.Select(i => i.Uri), items.Select(i => i.Item?.Uri));
        Assert.IsType<Episode>(items[24].Item);
        Assert.IsType<Track>(items[0].Item);
        Assert.Equal((expected.Items.Count + 49) / 50, session.Emulator.RequestLog.Count("GET", $"/v1/playlists/{expected.Id}/items"));
    }

    [Fact]
    public async Task GetPlaylistItemsAsync_OnePage_ReturnsRequestedSlice()
    {
        await using var session = await EmulatorSession.StartAsync();
        var expected = Large(session);

        var page = await session.Client.Playlists.GetPlaylistItemsAsync(expected.Id, limit: 10, offset: 20, market: "SE");

        Assert.Equal(expected.Items.Skip(20).Take(10).Select(i => i.Uri), page.Data.Items.Select(i => i.Item?.Uri));
        Assert.Equal(expected.Items.Count, page.Data.Total);
        Assert.NotNull(page.Data.Next);
    }

    [Fact]
    public async Task GetPlaylistItemsAsync_SomeoneElsesPlaylist_Throws403()
    {
        await using var session = await EmulatorSession.StartAsync();
        var others = session.Emulator.Catalog.Playlists.First(p => p.OwnerId == "spotify");

        var exception = await Assert.ThrowsAsync<SpotifyApiException>(() => session.Client.Playlists.GetPlaylistItemsAsync(others.Id));

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
    }

    [Fact]
    public async Task AddItemsToPlaylistAsync_250UrisAtAPosition_ThreeChunksKeepTheOrder()
    {
        await using var session = await EmulatorSession.StartAsync();
        var playlists = session.Client.Playlists;
        var catalog = session.Emulator.Catalog;
        var created = await playlists.CreatePlaylistAsync("Chunked", description: "250 at once");
        var bookends = new[] { catalog.Tracks[0].Uri, catalog.Tracks[1].Uri };
        await playlists.AddItemsToPlaylistAsync(created.Data.Id, bookends);
        var uris = catalog.Tracks.Skip(10).Take(240).Select(t => t.Uri).Concat(catalog.Episodes.Take(10).Select(e => e.Uri)).ToArray();

        var result = await playlists.AddItemsToPlaylistAsync(created.Data.Id, uris, position: 1);

        var playlist = catalog.FindPlaylist(created.Data.Id)!;
        Assert.Equal([bookends[0], .. uris, bookends[1]], playlist.Items.Select(i => i.Uri));
        Assert.Equal(3, result.Responses.Count);
        Assert.Equal(playlist.SnapshotId, result.Data.SnapshotId);
        Assert.Equal(4, session.Emulator.RequestLog.Count("POST", $"/v1/playlists/{created.Data.Id}/items"));
    }

    [Fact]
    public async Task AddItemsToPlaylistAsync_SecondChunkRejected_ReportsWhatWasApplied()
    {
        await using var session = await EmulatorSession.StartAsync();
        var catalog = session.Emulator.Catalog;
        var created = await session.Client.Playlists.CreatePlaylistAsync("Half done");
        var uris = catalog.Tracks.Take(150).Select(t => t.Uri).Append("spotify:track:0000000000000000000000").ToArray();

        var exception = await Assert.ThrowsAsync<SpotifyBatchException>(() => session.Client.Playlists.AddItemsToPlaylistAsync(created.Data.Id, uris));

        Assert.Equal(uris.Take(100), exception.AppliedItems);
        Assert.Equal(uris.Skip(100), exception.FailedItems);
        Assert.Empty(exception.NotSentItems);
        Assert.Equal(uris.Take(100), catalog.FindPlaylist(created.Data.Id)!.Items.Select(i => i.Uri));
    }

    [Fact]
    public async Task ReorderReplaceRemove_OwnPlaylist_ChangeItemsAndSnapshot()
    {
        await using var session = await EmulatorSession.StartAsync();
        var playlists = session.Client.Playlists;
        var t = session.Emulator.Catalog.Tracks.Take(4).Select(x => x.Uri).ToArray();
        var created = await playlists.CreatePlaylistAsync("Shuffle me");
        var id = created.Data.Id;
        var added = await playlists.AddItemsToPlaylistAsync(id, t);
        var playlist = session.Emulator.Catalog.FindPlaylist(id)!;

        var reordered = await playlists.ReorderPlaylistItemsAsync(id, rangeStart: 0, insertBefore: 4, snapshotId: added.Data.SnapshotId);
        Assert.Equal([t[1], t[2], t[3], t[0]], playlist.Items.Select(i => i.Uri));

        var removed = await playlists.RemovePlaylistItemsAsync(id, [t[1], t[2]], reordered.Data.SnapshotId);
        Assert.Equal([t[3], t[0]], playlist.Items.Select(i => i.Uri));

        var replaced = await playlists.ReplacePlaylistItemsAsync(id, [t[2]]);
        Assert.Equal([t[2]], playlist.Items.Select(i => i.Uri));

        var cleared = await playlists.ReorderOrReplacePlaylistItemsAsync(ReorderOrReplacePlaylistItemsRequest.Replace(id, []));
        Assert.Empty(playlist.Items);

        string[] snapshots = [created.Data.SnapshotId, added.Data.SnapshotId, reordered.Data.SnapshotId, removed.Data.SnapshotId, replaced.Data.SnapshotId, cleared.Data.SnapshotId];
        Assert.Equal(snapshots.Length, snapshots.Distinct().Count());
    }

    [Fact]
    public async Task ChangePlaylistDetailsAsync_OwnPlaylist_RenamesAndMakesPrivate()
    {
        await using var session = await EmulatorSession.StartAsync();
        var playlists = session.Client.Playlists;
        var created = await playlists.CreatePlaylistAsync("Draft");

        await playlists.ChangePlaylistDetailsAsync(created.Data.Id, name: "Final", isPublic: false, description: "Done");
        var reread = await playlists.GetPlaylistAsync(created.Data.Id);

        Assert.Equal("Final", reread.Data.Name);
        Assert.False(reread.Data.Public);
        Assert.Equal("Done", reread.Data.Description);
    }

    [Fact]
    public async Task ChangePlaylistDetailsAsync_SomeoneElsesPlaylist_Throws403()
    {
        await using var session = await EmulatorSession.StartAsync();
        var others = session.Emulator.Catalog.Playlists.First(p => p.OwnerId == "spotify" && p.IsPublic);

        var exception = await Assert.ThrowsAsync<SpotifyApiException>(() => session.Client.Playlists.ChangePlaylistDetailsAsync(others.Id, name: "Mine"));

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.NotEqual("Mine", others.Name);
    }

    [Fact]
    public async Task CreatePlaylistAsync_PrivateWithOnlyPublicScope_RefusedBeforeSending()
    {
        await using var session = await EmulatorSession.StartAsync("playlist-modify-public");

        await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => session.Client.Playlists.CreatePlaylistAsync("Secret", isPublic: false));

        Assert.Equal(0, session.Emulator.RequestLog.Count("POST", "/v1/me/playlists"));
    }

    [Fact]
    public async Task AddItemsToPlaylistAsync_PrivatePlaylistWithOnlyPublicScope_SpotifyAnswers403()
    {
        await using var session = await EmulatorSession.StartAsync("playlist-modify-public");
        var privatePlaylist = session.Emulator.Catalog.Playlists.First(p => p.OwnerId == session.User.Id && !p.IsPublic);
        var count = privatePlaylist.Items.Count;

        // Either modify scope passes the client's check; only Spotify knows the playlist is private.
        var exception = await Assert.ThrowsAsync<SpotifyApiException>(() => session.Client.Playlists.AddItemsToPlaylistAsync(privatePlaylist.Id, [session.Emulator.Catalog.Tracks[0].Uri]));

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.Equal("Insufficient client scope", exception.SpotifyMessage);
        Assert.Equal(count, privatePlaylist.Items.Count);
    }

    [Fact]
    public async Task EnumerateCurrentUserPlaylistsAsync_OwnedAndFollowed_WalksEveryPage()
    {
        await using var session = await EmulatorSession.StartAsync();
        var playlists = session.Client.Playlists;

        var first = await playlists.GetCurrentUserPlaylistsAsync(limit: 50);
        var all = new List<SimplifiedPlaylist>();
        await foreach (var playlist in playlists.EnumerateCurrentUserPlaylistsAsync())
        {
            all.Add(playlist);
        }

        Assert.True(first.Data.Total > 50);
        Assert.Equal(first.Data.Total, all.Count);
        Assert.Equal(all.Count, all.Select(p => p.Id).Distinct().Count());
        Assert.Contains(all, p => p.Owner.Id == session.User.Id && p.Public == false);
    }

    [Fact]
    public async Task UploadCustomPlaylistCoverImageAsync_JpegBytes_GetCoverReturnsUploadedImage()
    {
        await using var session = await EmulatorSession.StartAsync();
        var playlists = session.Client.Playlists;
        var created = await playlists.CreatePlaylistAsync("With cover");

        var before = await playlists.GetPlaylistCoverImageAsync(created.Data.Id);
        var upload = await playlists.UploadCustomPlaylistCoverImageAsync(created.Data.Id, TinyJpeg);
        await playlists.UploadCustomPlaylistCoverImageAsync(created.Data.Id, Convert.ToBase64String(TinyJpeg));
        var after = await playlists.GetPlaylistCoverImageAsync(created.Data.Id);

        Assert.Equal(3, before.Data.Count);
        Assert.Equal(HttpStatusCode.Accepted, upload.Response.StatusCode);
        Assert.Null(Assert.Single(after.Data).Height);
        Assert.True(session.Emulator.Catalog.FindPlaylist(created.Data.Id)!.HasCustomImage);
    }

    [Fact]
    public async Task UploadCustomPlaylistCoverImageAsync_WithoutUploadScope_RefusedBeforeSending()
    {
        await using var session = await EmulatorSession.StartAsync("playlist-modify-public", "playlist-modify-private");
        var created = await session.Client.Playlists.CreatePlaylistAsync("No cover");

        await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => session.Client.Playlists.UploadCustomPlaylistCoverImageAsync(created.Data.Id, TinyJpeg));

        Assert.Equal(0, session.Emulator.RequestLog.Count("PUT", "/v1/playlists/*/images"));
    }

    private static CatalogPlaylist Large(EmulatorSession session) =>
        session.Emulator.Catalog.Playlists.Where(p => p.OwnerId == session.User.Id).MaxBy(p => p.Items.Count)!;
}
