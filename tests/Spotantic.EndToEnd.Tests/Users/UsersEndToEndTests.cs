using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Requests;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.Users;

#pragma warning disable CS0618 // The deprecated operations are still served to apps with extended quota and must keep working.
public sealed class UsersEndToEndTests
{
    [Fact]
    public async Task GetCurrentUserProfileAsync_EveryScope_IncludesPrivateFields()
    {
        await using var session = await EmulatorSession.StartAsync();

        var result = await session.Get<IUsersClient>().GetCurrentUserProfileAsync();

        Assert.Equal(session.User.Id, result.Data.Id);
        Assert.Equal(session.User.AccountId, result.Data.AccountId);
        Assert.Equal("demo@example.com", result.Data.Email);
        Assert.Equal("US", result.Data.Country);
        Assert.Equal("premium", result.Data.Product);
        Assert.NotNull(result.Data.ExplicitContent);
    }

    [Fact]
    public async Task GetCurrentUserProfileAsync_NoProfileScopes_ServedWithoutPrivateFields()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserLibraryRead);

        var result = await session.Client.Users.GetCurrentUserProfileAsync();

        Assert.Equal(session.User.Id, result.Data.Id);
        Assert.Equal(session.User.DisplayName, result.Data.DisplayName);
        Assert.Null(result.Data.Email);
        Assert.Null(result.Data.Country);
        Assert.Null(result.Data.Product);
        Assert.Null(result.Data.ExplicitContent);
    }

    [Fact]
    public async Task GetUserProfileAsync_ClientCredentials_ReturnsPublicProfile()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();

        var result = await session.Get<IUsersClient>().GetUserProfileAsync("alice.example");

        Assert.Equal("alice.example", result.Data.Id);
        Assert.Equal("Alice", result.Data.DisplayName);
        Assert.Equal("spotify:user:alice.example", result.Data.Uri);
    }

    [Fact]
    public async Task GetUserProfileAsync_UnknownUser_ThrowsNotFound()
    {
        await using var session = await EmulatorSession.StartAsync();

        await Assert.ThrowsAsync<SpotifyNotFoundException>(() => session.Client.Users.GetUserProfileAsync("nobody.here"));
    }

    [Fact]
    public async Task FollowCheckUnfollowPlaylist_OnlyPrivateModifyScope_RoundTrips()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.PlaylistModifyPrivate);
        var playlist = session.Emulator.Catalog.Playlists.First(p => !session.User.Library.Contains(EmulatorItemType.Playlist, p.Id));
        var users = session.Client.Users;

        var before = await users.CheckUserFollowsPlaylistAsync(playlist.Id);
        await users.FollowPlaylistAsync(playlist.Id, isPublic: false);
        var followed = await users.CheckUserFollowsPlaylistAsync(playlist.Id, session.User.Id);
        await users.UnfollowPlaylistAsync(new UnfollowPlaylistRequest(playlist.Id));
        var after = await users.CheckUserFollowsPlaylistAsync(new CheckUserFollowsPlaylistRequest(playlist.Id));

        Assert.Equal([false], before.Data);
        Assert.Equal([true], followed.Data);
        Assert.Equal([false], after.Data);
        Assert.Equal("""{"public":false}""", session.Emulator.RequestLog.Find("PUT", "/v1/playlists/{id}/followers").Single().Body);
    }

    [Fact]
    public async Task FollowPlaylistAsync_OnlyReadScopes_RefusedBeforeSending()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.PlaylistReadPrivate);

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => session.Client.Users.FollowPlaylistAsync(session.Emulator.Catalog.Playlists[0].Id));

        Assert.Equal([SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate], exception.MissingScopes);
        Assert.Equal(0, session.Emulator.RequestLog.Count("PUT", "/v1/playlists/{id}/followers"));
    }

    [Fact]
    public async Task EnumerateFollowedArtistsAsync_SixtyFollows_WalksTwoWrappedCursorPages()
    {
        await using var session = await EmulatorSession.StartAsync();
        var followed = session.User.Library.GetIds(EmulatorItemType.Artist);

        var ids = new List<string>();
        await foreach (var artist in session.Get<IUsersClient>().EnumerateFollowedArtistsAsync())
        {
            ids.Add(artist.Id);
        }

        Assert.True(followed.Count > 50, "the demo user must follow more artists than one page holds");
        Assert.Equal(followed, ids);
        Assert.Equal(2, session.Emulator.RequestLog.Count("GET", "/v1/me/following"));
    }

    [Fact]
    public async Task GetFollowedArtistsAsync_AfterCursor_ContinuesWhereThePreviousPageEnded()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserFollowRead);
        var users = session.Client.Users;

        var first = await users.GetFollowedArtistsAsync(limit: 10);
        var second = await users.GetFollowedArtistsAsync(limit: 10, after: first.Data.Artists.Cursors.After);

        var followed = session.User.Library.GetIds(EmulatorItemType.Artist);
        Assert.Equal(followed.Take(10), first.Data.Artists.Items.Select(a => a.Id));
        Assert.Equal(followed.Skip(10).Take(10), second.Data.Artists.Items.Select(a => a.Id));
        Assert.Equal(followed.Count, first.Data.Artists.Total);
        Assert.NotNull(first.Data.Artists.Next);
    }

    [Fact]
    public async Task FollowCheckUnfollowArtists_EveryCatalogArtist_ChunkedByFifty()
    {
        await using var session = await EmulatorSession.StartAsync();
        var artists = session.Emulator.Catalog.Artists.Select(a => a.Id).ToArray();
        var users = session.Get<IUsersClient>();

        var followed = await users.FollowArtistsOrUsersAsync(FollowType.Artist, artists);
        var all = await users.CheckCurrentUserFollowsAsync(FollowType.Artist, artists);
        var unfollowed = await users.UnfollowArtistsOrUsersAsync(new UnfollowArtistsOrUsersRequest(FollowType.Artist, artists[..60]));
        var some = await users.CheckCurrentUserFollowsAsync(new CheckCurrentUserFollowsRequest(FollowType.Artist, artists));

        Assert.True(artists.Length > 50);
        Assert.Equal(2, followed.Responses.Count);
        Assert.All(all.Data, Assert.True);
        Assert.Equal(artists.Length, all.Data.Count);
        Assert.Equal(2, unfollowed.Responses.Count);
        Assert.Equal(artists.Select((_, i) => i >= 60), some.Data);
        Assert.Equal(4, session.Emulator.RequestLog.Count("PUT", "/v1/me/following") + session.Emulator.RequestLog.Count("DELETE", "/v1/me/following"));
        Assert.Equal(4, session.Emulator.RequestLog.Count("GET", "/v1/me/following/contains"));
    }

    [Fact]
    public async Task FollowCheckUnfollowUsers_OpaqueUserIds_RoundTrip()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserFollowModify, SpotifyScopes.UserFollowRead);
        var users = session.Client.Users;

        await users.FollowArtistsOrUsersAsync(FollowType.User, ["bob_example"]);
        var afterFollow = await users.CheckCurrentUserFollowsAsync(FollowType.User, ["bob_example", "alice.example"]);
        await users.UnfollowArtistsOrUsersAsync(FollowType.User, ["alice.example"]);
        var afterUnfollow = await users.CheckCurrentUserFollowsAsync(FollowType.User, ["bob_example", "alice.example"]);

        Assert.Equal([true, true], afterFollow.Data);
        Assert.Equal([true, false], afterUnfollow.Data);
        Assert.True(session.User.Library.Contains(EmulatorItemType.User, "bob_example"));
    }

    [Fact]
    public async Task FollowArtistsOrUsersAsync_WithoutFollowModify_RefusedBeforeSending()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserFollowRead);

        await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => session.Client.Users.FollowArtistsOrUsersAsync(FollowType.Artist, [session.Emulator.Catalog.Artists[0].Id]));

        Assert.Equal(0, session.Emulator.RequestLog.Count("PUT", "/v1/me/following"));
    }

    [Fact]
    public async Task EnumerateUserTopArtistsAsync_DefaultRange_WalksEveryPage()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserTopRead);

        var ids = new List<string>();
        await foreach (var artist in session.Get<IUsersClient>().EnumerateUserTopArtistsAsync())
        {
            ids.Add(artist.Id);
        }

        var first = await session.Client.Users.GetUserTopArtistsAsync(limit: 50);
        Assert.True(ids.Count > 50);
        Assert.Equal(first.Data.Total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(first.Data.Items.Select(a => a.Id), ids.Take(50));
        Assert.Equal(3, session.Emulator.RequestLog.Count("GET", "/v1/me/top/artists"));
    }

    [Fact]
    public async Task EnumerateUserTopTracksAsync_LongTermSmallPages_WalksEveryPageOfThatRange()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserTopRead);
        var users = session.Client.Users;

        var tracks = new List<string>();
        await foreach (var track in users.EnumerateUserTopTracksAsync(new GetUserTopTracksRequest { TimeRange = TopItemsTimeRange.LongTerm, Limit = 40 }))
        {
            tracks.Add(track.Id ?? throw new InvalidOperationException("A top track has no ID."));
        }

        var shortTerm = await users.GetUserTopTracksAsync(TopItemsTimeRange.ShortTerm, limit: 5, offset: 0);
        var longTermPage = await users.GetUserTopTracksAsync(new GetUserTopTracksRequest { TimeRange = TopItemsTimeRange.LongTerm, Limit = 5, Offset = 40 });

        Assert.Equal(120, tracks.Count);
        Assert.Equal(3, session.Emulator.RequestLog.Find("GET", "/v1/me/top/tracks").Count(r => r.Query.GetValueOrDefault("time_range") == "long_term" && r.Query.GetValueOrDefault("limit") == "40"));
        Assert.Equal(tracks.Skip(40).Take(5), longTermPage.Data.Items.Select(t => t.Id));
        Assert.Equal(60, shortTerm.Data.Total);
        Assert.Equal(5, shortTerm.Data.Items.Count);
    }

    [Fact]
    public async Task GetUserTopTracksAsync_WithoutTopRead_RefusedBeforeSending()
    {
        await using var session = await EmulatorSession.StartAsync(SpotifyScopes.UserLibraryRead);

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => session.Client.Users.GetUserTopTracksAsync());

        Assert.Equal([SpotifyScopes.UserTopRead], exception.MissingScopes);
        Assert.Equal(0, session.Emulator.RequestLog.Count("GET", "/v1/me/top/tracks"));
    }
}
#pragma warning restore CS0618
