using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class UsersEndpointsTests
{
    [Fact]
    public async Task GetMe_WithoutEmailOrPrivateScope_SucceedsAndOmitsThoseFields()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/me", h.UserToken());

        SpecSchemas.AssertConforms(json, "PrivateUserObject");
        Assert.Equal(h.DemoUser.Id, json.GetProperty("id").GetString());
        Assert.Equal(h.DemoUser.AccountId, json.GetProperty("account_id").GetString());
        Assert.False(json.TryGetProperty("email", out _));
        Assert.False(json.TryGetProperty("country", out _));
        Assert.False(json.TryGetProperty("product", out _));
    }

    [Fact]
    public async Task GetMe_WithEmailAndPrivateScopes_IncludesThem()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/me", h.UserToken("user-read-email", "user-read-private"));

        SpecSchemas.AssertConforms(json, "PrivateUserObject");
        Assert.Equal("demo@example.com", json.GetProperty("email").GetString());
        Assert.Equal("US", json.GetProperty("country").GetString());
        Assert.Equal("premium", json.GetProperty("product").GetString());
        Assert.False(json.GetProperty("explicit_content").GetProperty("filter_enabled").GetBoolean());
    }

    [Fact]
    public async Task GetUser_KnownUserWithClientCredentials_PublicProfileWithoutPrivateFields()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var json = await h.GetJsonAsync("v1/users/alice.example", h.ClientToken());

        SpecSchemas.AssertConforms(json, "PublicUserObject");
        Assert.Equal("alice.example", json.GetProperty("id").GetString());
        Assert.Equal("Alice", json.GetProperty("display_name").GetString());
        Assert.Equal("spotify:user:alice.example", json.GetProperty("uri").GetString());
        Assert.False(json.TryGetProperty("email", out _));
    }

    [Fact]
    public async Task GetUser_UnknownUser_Is404()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/users/nobody.here", h.UserToken());

        Assert.Equal("Resource not found", await EmulatorHarness.ReadApiErrorAsync(response, 404));
    }

    [Fact]
    public async Task FollowCheckUnfollowPlaylist_WithPrivateModifyScope_UpdatesTheLibrary()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("playlist.fan");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "playlist-modify-private").AccessToken;
        var playlist = h.Emulator.Catalog.Playlists[30];

        var before = await h.GetJsonAsync($"v1/playlists/{playlist.Id}/followers/contains", token);
        using var follow = await h.SendAsync(HttpMethod.Put, $"v1/playlists/{playlist.Id}/followers", token, JsonContent.Create(new { @public = false }));
        var after = await h.GetJsonAsync($"v1/playlists/{playlist.Id}/followers/contains?ids={user.Id}", token);
        var asOtherUser = await h.GetJsonAsync($"v1/playlists/{playlist.Id}/followers/contains?ids=bob_example", token);
        using var unfollow = await h.SendAsync(HttpMethod.Delete, $"v1/playlists/{playlist.Id}/followers", token);

        Assert.Equal([false], before.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, follow.StatusCode);
        Assert.Equal(0, follow.Content.Headers.ContentLength);
        Assert.Equal([true], after.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal([false], asOtherUser.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, unfollow.StatusCode);
        Assert.False(user.Library.Contains(EmulatorItemType.Playlist, playlist.Id));
    }

    [Fact]
    public async Task FollowPlaylist_WithoutBody_FollowsPublicly()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("no.body");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "playlist-modify-public").AccessToken;
        var playlist = h.Emulator.Catalog.Playlists[40];

        using var follow = await h.SendAsync(HttpMethod.Put, $"v1/playlists/{playlist.Id}/followers", token);

        Assert.Equal(HttpStatusCode.OK, follow.StatusCode);
        Assert.True(user.Library.Contains(EmulatorItemType.Playlist, playlist.Id));
    }

    [Fact]
    public async Task FollowPlaylist_Errors_FollowSpotify()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken("playlist-modify-public");
        var playlist = h.Emulator.Catalog.Playlists[20].Id;

        using var noScope = await h.SendAsync(HttpMethod.Put, $"v1/playlists/{playlist}/followers", h.UserToken("playlist-read-private"));
        using var unknown = await h.SendAsync(HttpMethod.Put, "v1/playlists/0000000000000000000000/followers", token);
        using var invalid = await h.SendAsync(HttpMethod.Delete, "v1/playlists/short/followers", token);
        using var badBody = await h.SendAsync(HttpMethod.Put, $"v1/playlists/{playlist}/followers", token, new StringContent("{\"public\":", Encoding.UTF8, "application/json"));
        using var clientCredentials = await h.SendAsync(HttpMethod.Put, $"v1/playlists/{playlist}/followers", h.ClientToken());

        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(noScope, 403));
        Assert.Equal("Resource not found", await EmulatorHarness.ReadApiErrorAsync(unknown, 404));
        Assert.Equal("invalid id", await EmulatorHarness.ReadApiErrorAsync(invalid, 400));
        Assert.Equal("Error parsing JSON.", await EmulatorHarness.ReadApiErrorAsync(badBody, 400));
        Assert.Equal(HttpStatusCode.Unauthorized, clientCredentials.StatusCode);
    }

    [Fact]
    public async Task CheckPlaylistFollowers_TwoIds_Is400()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync($"v1/playlists/{h.Emulator.Catalog.Playlists[20].Id}/followers/contains?ids=a,b", h.UserToken());

        Assert.Equal("Too many ids requested", await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task GetFollowed_DemoUser_CursorPagesWrappedInArtistsCoverEveryFollow()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken("user-follow-read");
        var followed = h.DemoUser.Library.GetIds(EmulatorItemType.Artist);

        var seen = new List<string>();
        var pages = 0;
        string? next = "v1/me/following?type=artist&limit=25";
        while (next is not null)
        {
            var json = await h.GetJsonAsync(next, token);
            var page = json.GetProperty("artists");
            SpecSchemas.AssertConforms(page, "CursorPagingSimplifiedArtistObject");
            Assert.Equal(followed.Count, page.GetProperty("total").GetInt32());
            Assert.Equal(25, page.GetProperty("limit").GetInt32());
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()!));
            next = page.TryGetProperty("next", out var link) ? link.GetString() : null;
            if (next is not null)
            {
                Assert.Equal(seen[^1], page.GetProperty("cursors").GetProperty("after").GetString());
                Assert.StartsWith(h.Emulator.BaseAddress.AbsoluteUri, next, StringComparison.Ordinal);
                Assert.Contains("type=artist", next, StringComparison.Ordinal);
            }

            pages++;
        }

        Assert.True(followed.Count > 50, "the demo user must follow more artists than one page holds");
        Assert.Equal(3, pages);
        Assert.Equal(followed, seen);
    }

    [Theory]
    [InlineData("v1/me/following", "Missing required parameter: type")]
    [InlineData("v1/me/following?type=user", "Invalid type: only 'artist' is supported")]
    [InlineData("v1/me/following?type=artist&limit=51", "Invalid limit")]
    [InlineData("v1/me/following?type=artist&after=nope", "invalid id")]
    public async Task GetFollowed_BadQuery_Is400(string path, string message)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync(path, h.UserToken("user-follow-read"));

        Assert.Equal(message, await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task GetFollowed_WithoutFollowRead_Is403()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/me/following?type=artist", h.UserToken("user-follow-modify"));

        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(response, 403));
    }

    [Fact]
    public async Task FollowCheckUnfollow_ArtistsInQueryAndUsersInBody_UpdateFollows()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("follower.one");
        var token = h.Emulator.Accounts.IssueUserToken(EmulatorHarness.ClientId, user.Id, "user-follow-modify", "user-follow-read").AccessToken;
        var artists = h.Emulator.Catalog.Artists.Take(3).Select(a => a.Id).ToArray();

        using var followArtists = await h.SendAsync(HttpMethod.Put, "v1/me/following?type=artist&ids=" + string.Join(',', artists[..2]), token);
        using var followUsers = await h.SendAsync(HttpMethod.Put, "v1/me/following?type=user", token, JsonContent.Create(new { ids = new[] { "alice.example", "bob_example" } }));
        var artistFlags = await h.GetJsonAsync("v1/me/following/contains?type=artist&ids=" + string.Join(',', artists), token);
        using var unfollow = await h.SendAsync(HttpMethod.Delete, "v1/me/following?type=user&ids=bob_example", token);
        var userFlags = await h.GetJsonAsync("v1/me/following/contains?type=user&ids=alice.example,bob_example,spotify", token);

        Assert.Equal(HttpStatusCode.NoContent, followArtists.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, followUsers.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, unfollow.StatusCode);
        Assert.Equal([true, true, false], artistFlags.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal([true, false, false], userFlags.EnumerateArray().Select(e => e.GetBoolean()));
        Assert.True(user.Library.Contains(EmulatorItemType.Artist, artists[0]));
    }

    [Fact]
    public async Task Follow_Errors_FollowSpotify()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken("user-follow-modify", "user-follow-read");
        var tooMany = string.Join(',', Enumerable.Repeat(h.Emulator.Catalog.Artists[0].Id, 51));

        using var noType = await h.SendAsync(HttpMethod.Put, "v1/me/following?ids=" + h.Emulator.Catalog.Artists[0].Id, token);
        using var badType = await h.SendAsync(HttpMethod.Put, "v1/me/following?type=album&ids=" + h.Emulator.Catalog.Artists[0].Id, token);
        using var badId = await h.SendAsync(HttpMethod.Put, "v1/me/following?type=artist&ids=short", token);
        using var many = await h.SendAsync(HttpMethod.Delete, "v1/me/following?type=artist&ids=" + tooMany, token);
        using var unknown = await h.SendAsync(HttpMethod.Put, "v1/me/following?type=user&ids=nobody.here", token);
        using var noIds = await h.SendAsync(HttpMethod.Put, "v1/me/following?type=artist", token);
        using var readOnly = await h.SendAsync(HttpMethod.Put, "v1/me/following?type=artist&ids=" + h.Emulator.Catalog.Artists[0].Id, h.UserToken("user-follow-read"));
        using var checkMany = await h.GetAsync("v1/me/following/contains?type=artist&ids=" + tooMany, token);

        Assert.Equal("Missing required parameter: type", await EmulatorHarness.ReadApiErrorAsync(noType, 400));
        Assert.Equal("Invalid type: must be 'artist' or 'user'", await EmulatorHarness.ReadApiErrorAsync(badType, 400));
        Assert.Equal("invalid id", await EmulatorHarness.ReadApiErrorAsync(badId, 400));
        Assert.Equal("Too many ids requested", await EmulatorHarness.ReadApiErrorAsync(many, 400));
        Assert.Equal("Resource not found", await EmulatorHarness.ReadApiErrorAsync(unknown, 404));
        Assert.Equal("Missing required parameter: ids", await EmulatorHarness.ReadApiErrorAsync(noIds, 400));
        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(readOnly, 403));
        Assert.Equal("Too many ids requested", await EmulatorHarness.ReadApiErrorAsync(checkMany, 400));
    }

    [Theory]
    [InlineData("artists", "PagingArtistObject", 65)]
    [InlineData("tracks", "PagingTrackObject", 90)]
    public async Task GetTopItems_DefaultRange_MoreThanOnePageAndSchemaValid(string kind, string schema, int total)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.UserToken("user-top-read");

        var first = await h.GetJsonAsync($"v1/me/top/{kind}?limit=50", token);
        var second = await h.GetJsonAsync(first.GetProperty("next").GetString()!, token);

        SpecSchemas.AssertConforms(first, schema);
        SpecSchemas.AssertConforms(second, schema);
        Assert.Equal(total, first.GetProperty("total").GetInt32());
        Assert.Equal(50, first.GetProperty("items").GetArrayLength());
        Assert.Equal(total - 50, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetString()).ToArray();
        Assert.Equal(total, ids.Distinct().Count());
    }

    [Fact]
    public async Task GetTopArtists_SameRangeTwiceAndOtherRange_DeterministicButRangeDependent()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await using var other = await EmulatorHarness.StartAsync();
        var token = h.UserToken("user-top-read");

        var shortTerm = await h.GetJsonAsync("v1/me/top/artists?time_range=short_term&limit=10", token);
        var again = await other.GetJsonAsync("v1/me/top/artists?time_range=short_term&limit=10", other.UserToken("user-top-read"));
        var longTerm = await h.GetJsonAsync("v1/me/top/artists?time_range=long_term&limit=10", token);

        string[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
        Assert.Equal(Ids(shortTerm), Ids(again));
        Assert.NotEqual(Ids(shortTerm), Ids(longTerm));
        Assert.Equal(55, shortTerm.GetProperty("total").GetInt32());
        Assert.Equal(75, longTerm.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("v1/me/top/artists?time_range=forever", "Invalid time range")]
    [InlineData("v1/me/top/tracks?limit=0", "Invalid limit")]
    [InlineData("v1/me/top/tracks?offset=-1", "Invalid offset")]
    public async Task GetTopItems_BadQuery_Is400(string path, string message)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync(path, h.UserToken("user-top-read"));

        Assert.Equal(message, await EmulatorHarness.ReadApiErrorAsync(response, 400));
    }

    [Fact]
    public async Task GetTopItems_WithoutTopRead_Is403()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/me/top/tracks", h.UserToken("user-library-read"));

        Assert.Equal("Insufficient client scope", await EmulatorHarness.ReadApiErrorAsync(response, 403));
    }
}
