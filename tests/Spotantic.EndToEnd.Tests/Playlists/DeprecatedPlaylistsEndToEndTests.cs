using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Models;
using Spotantic.Requests;

// The deprecated operations are still served to apps with extended quota and must keep working.
#pragma warning disable CS0618

namespace Spotantic.EndToEnd.Tests.Playlists;

public sealed class DeprecatedPlaylistsEndToEndTests
{
    [Fact]
    public async Task TracksOperations_AddReorderRemoveAndRead_StillWork()
    {
        await using var session = await EmulatorSession.StartAsync();
        var playlists = session.Client.Playlists;
        var t = session.Emulator.Catalog.Tracks.Skip(20).Take(3).Select(x => x.Uri).ToArray();
        var created = await playlists.CreatePlaylistForUserAsync(session.User.Id, "Legacy", isPublic: false);
        var id = created.Data.Id;
        var playlist = session.Emulator.Catalog.FindPlaylist(id)!;

        var added = await playlists.AddTracksToPlaylistAsync(new AddTracksToPlaylistRequest(id, t));
        await playlists.ReorderOrReplacePlaylistTracksAsync(ReorderOrReplacePlaylistTracksRequest.Reorder(id, rangeStart: 2, insertBefore: 0));
        Assert.Equal([t[2], t[0], t[1]], playlist.Items.Select(i => i.Uri));

        var page = await playlists.GetPlaylistTracksAsync(new GetPlaylistTracksRequest(id) { Limit = 100 });
        var removed = await playlists.RemovePlaylistTracksAsync(new RemovePlaylistTracksRequest(id, [t[0]]) { SnapshotId = added.Data.SnapshotId });
        var replaced = await playlists.ReorderOrReplacePlaylistTracksAsync(ReorderOrReplacePlaylistTracksRequest.Replace(id, [t[1], t[1]]));

        Assert.False(created.Data.Public);
        Assert.Equal([t[2], t[0], t[1]], page.Data.Items.Select(i => i.Item?.Uri));
        Assert.Equal(t[2], page.Data.Items[0].Track?.Uri);
        Assert.NotEqual(added.Data.SnapshotId, removed.Data.SnapshotId);
        Assert.Equal([t[1], t[1]], playlist.Items.Select(i => i.Uri));
        Assert.Equal(playlist.SnapshotId, replaced.Data.SnapshotId);
        Assert.Equal(1, session.Emulator.RequestLog.Count("POST", $"/v1/playlists/{id}/tracks"));
    }

    [Fact]
    public async Task EnumeratePlaylistTracksAsync_LargePlaylist_WalksEveryPage()
    {
        await using var session = await EmulatorSession.StartAsync();
        var expected = session.Emulator.Catalog.Playlists.Where(p => p.OwnerId == session.User.Id).MaxBy(p => p.Items.Count)!;

        var uris = new List<string?>();
        await foreach (var item in session.Client.Playlists.EnumeratePlaylistTracksAsync(new GetPlaylistTracksRequest(expected.Id) { Limit = 100 }))
        {
            uris.Add(item.Track?.Uri);
        }

        Assert.Equal(expected.Items.Select(i => i.Uri), uris);
    }

    [Fact]
    public async Task UserPlaylists_OtherUsersPublicPlaylists_PagedAndEnumerated()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var expected = session.Emulator.Catalog.Playlists.Where(p => p.OwnerId == "spotify" && p.IsPublic).Select(p => p.Id).ToArray();

        var page = await session.Client.Playlists.GetUserPlaylistsAsync("spotify", limit: 7);
        var all = new List<string>();
        await foreach (var playlist in session.Client.Playlists.EnumerateUserPlaylistsAsync(new GetUserPlaylistsRequest("spotify") { Limit = 7 }))
        {
            all.Add(playlist.Id);
        }

        Assert.Equal(expected.Take(7), page.Data.Items.Select(p => p.Id));
        Assert.Equal(expected, all);
    }

    [Fact]
    public async Task FeaturedPlaylists_WrappedPages_EnumeratedAcrossPages()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();

        var first = await session.Client.Playlists.GetFeaturedPlaylistsAsync(new GetFeaturedPlaylistsRequest { Limit = 15, Locale = "sv_SE" });
        var all = new List<SimplifiedPlaylist?>();
        await foreach (var playlist in session.Client.Playlists.EnumerateFeaturedPlaylistsAsync(new GetFeaturedPlaylistsRequest { Limit = 15 }))
        {
            all.Add(playlist);
        }

        Assert.Equal("Popular Playlists", first.Data.Message);
        Assert.Equal(15, first.Data.Playlists.Items.Count);
        Assert.Equal(first.Data.Playlists.Total, all.Count);
        Assert.True(all.Count > 15);
        Assert.All(all, p => Assert.Equal("spotify", p?.Owner.Id));
    }

    [Fact]
    public async Task CategoryPlaylists_KnownCategory_PagedAndEnumerated()
    {
        await using var session = await EmulatorSession.StartAsync();
        var category = session.Emulator.Catalog.Categories[2];

        var page = await session.Client.Playlists.GetCategoryPlaylistsAsync(category.Id, limit: 4);
        var all = new List<string?>();
        await foreach (var playlist in session.Client.Playlists.EnumerateCategoryPlaylistsAsync(new GetCategoryPlaylistsRequest(category.Id) { Limit = 4 }))
        {
            all.Add(playlist?.Id);
        }

        Assert.Equal(category.Name, page.Data.Message);
        Assert.Equal(category.PlaylistIds.Take(4), page.Data.Playlists.Items.Select(p => p?.Id));
        Assert.Equal(category.PlaylistIds.Select(id => (string?)id), all);
    }
}
