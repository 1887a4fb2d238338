using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Reflection;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Clients.Users;

#pragma warning disable CS0618 // The deprecated operations are still served to apps with extended quota and must keep working.
public sealed class UsersClientTests : IDisposable
{
    private const string PlaylistId = "3cEYpjA9oz9GiPac4AsH4n";

    private readonly StubHttpMessageHandler _stub = new();
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private readonly IUsersClient _users;

    public UsersClientTests()
    {
        _users = new UsersClient(new SpotifyApiConnection(() => new HttpClient(_stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));
    }

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task GetCurrentUserProfileAsync_ProfileWithoutPrivateFields_ThoseReadAsNull()
    {
        _stub.EnqueueJson("""{"account_id":"acc","display_name":"Demo","external_urls":{"spotify":"https://open.spotify.com/user/demo"},"href":"h","id":"demo","images":[],"type":"user","uri":"spotify:user:demo"}""");

        var result = await _users.GetCurrentUserProfileAsync();

        Assert.Equal("https://api.test/v1/me", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("demo", result.Data.Id);
        Assert.Equal("acc", result.Data.AccountId);
        Assert.Null(result.Data.Email);
        Assert.Null(result.Data.Country);
        Assert.Null(result.Data.Product);
        Assert.Null(result.Data.ExplicitContent);
        Assert.Empty(Assert.Single(_stub.Requests).Metadata!.Scopes.Scopes);
    }

    [Fact]
    public async Task GetUserProfileAsync_OpaqueUserId_EscapedIntoThePath()
    {
        _stub.EnqueueJson("""{"display_name":"Alice","id":"a#b/ü?c","type":"user","uri":"spotify:user:a#b/ü?c"}""");

        var result = await _users.GetUserProfileAsync("a#b/ü?c");

        Assert.Equal("https://api.test/v1/users/a%23b%2F%C3%BC%3Fc", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("Alice", result.Data.DisplayName);
        Assert.Equal(new GetUserProfileRequest("a#b/ü?c"), result.Request);
    }

    [Fact]
    public async Task GetUserProfileAsync_DotDot_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _users.GetUserProfileAsync(".."));

        Assert.Equal("UserId", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("../../me/player/next")]
    public async Task PlaylistFollowMethods_PathLikePlaylistId_ThrowNamingPlaylistIdAndSendNothing(string id)
    {
        Assert.Equal("PlaylistId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _users.FollowPlaylistAsync(id))).ParamName);
        Assert.Equal("PlaylistId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _users.UnfollowPlaylistAsync(id))).ParamName);
        Assert.Equal("PlaylistId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _users.CheckUserFollowsPlaylistAsync(id))).ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetUserProfileAsync_NullRequest_ThrowsArgumentNull()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _users.GetUserProfileAsync((GetUserProfileRequest)null!));

        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task FollowPlaylistAsync_Private_PutsJsonBody()
    {
        _stub.Enqueue(HttpStatusCode.OK);

        await _users.FollowPlaylistAsync(PlaylistId, isPublic: false);

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Put, sent.Method);
        Assert.Equal("https://api.test/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/followers", sent.RequestUri.AbsoluteUri);
        Assert.Equal("""{"public":false}""", sent.Body);
        Assert.Equal("application/json", sent.ContentType);
    }

    [Fact]
    public async Task UnfollowPlaylistAsync_SendsDeleteWithoutBody()
    {
        _stub.Enqueue(HttpStatusCode.OK);

        await _users.UnfollowPlaylistAsync(PlaylistId);

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Delete, sent.Method);
        Assert.Equal("https://api.test/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/followers", sent.RequestUri.AbsoluteUri);
        Assert.Null(sent.Body);
    }

    [Fact]
    public async Task CheckUserFollowsPlaylistAsync_SingletonArray_Returned()
    {
        _stub.EnqueueJson("[true]");

        var result = await _users.CheckUserFollowsPlaylistAsync(PlaylistId, "jmperezperez");

        Assert.Equal([true], result.Data);
        Assert.Equal("https://api.test/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/followers/contains?ids=jmperezperez", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task GetFollowedArtistsAsync_ConvenienceOverload_PassesEveryArgument()
    {
        _stub.EnqueueJson("""{"artists":{"href":"h","items":[{"id":"0TnOYISbd1XYRBk9myaseg","name":"A"}],"limit":1,"next":null,"cursors":{"after":null},"total":1}}""");

        var result = await _users.GetFollowedArtistsAsync(limit: 1, after: "2CIMQHirSU0MQqyYHq0eOx");

        Assert.Equal("https://api.test/v1/me/following?type=artist&after=2CIMQHirSU0MQqyYHq0eOx&limit=1", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("A", Assert.Single(result.Data.Artists.Items).Name);
        Assert.Equal(1, result.Data.Artists.Total);
    }

    [Fact]
    public async Task EnumerateFollowedArtistsAsync_WrappedCursorPages_FollowsNextInsideArtists()
    {
        _stub.EnqueueJson("""{"artists":{"href":"h","items":[{"id":"a1","name":"A1"},{"id":"a2","name":"A2"}],"limit":2,"next":"https://api.test/v1/me/following?type=artist&after=a2&limit=2","cursors":{"after":"a2"},"total":5}}""")
             .EnqueueJson("""{"artists":{"href":"h","items":[{"id":"a3","name":"A3"},{"id":"a4","name":"A4"}],"limit":2,"next":"https://api.test/v1/me/following?type=artist&after=a4&limit=2","cursors":{"after":"a4"},"total":5}}""")
             .EnqueueJson("""{"artists":{"href":"h","items":[{"id":"a5","name":"A5"}],"limit":2,"cursors":{},"total":5}}""");

        var names = new List<string>();
        await foreach (var artist in _users.EnumerateFollowedArtistsAsync(new GetFollowedArtistsRequest { Limit = 2 }))
        {
            names.Add(artist.Name);
        }

        Assert.Equal(["A1", "A2", "A3", "A4", "A5"], names);
        Assert.Equal(3, _stub.RequestCount);
        Assert.Equal("https://api.test/v1/me/following?type=artist&limit=2", _stub.Requests[0].RequestUri.AbsoluteUri);
        Assert.Equal("https://api.test/v1/me/following?type=artist&after=a4&limit=2", _stub.Requests[2].RequestUri.AbsoluteUri);
        Assert.All(_stub.Requests, request => Assert.Equal("get-followed", request.Metadata!.Operation.Id));
    }

    [Fact]
    public async Task EnumerateFollowedArtistsAsync_NoRequest_StartsWithPagesOfFifty()
    {
        _stub.EnqueueJson("""{"artists":{"href":"h","items":[],"limit":50,"cursors":{},"total":0}}""");

        await foreach (var _ in _users.EnumerateFollowedArtistsAsync())
        {
        }

        Assert.Equal("https://api.test/v1/me/following?type=artist&limit=50", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task FollowArtistsOrUsersAsync_SeventyArtists_TwoChunksInOrder()
    {
        var ids = Enumerable.Range(0, 70).Select(Id).ToArray();
        _stub.Enqueue(HttpStatusCode.NoContent).Enqueue(HttpStatusCode.NoContent);

        var result = await _users.FollowArtistsOrUsersAsync(FollowType.Artist, ids);

        Assert.Equal(2, _stub.RequestCount);
        Assert.All(_stub.Requests, request => Assert.Equal(HttpMethod.Put, request.Method));
        Assert.All(_stub.Requests, request => Assert.Equal("artist", request.Query["type"]));
        Assert.Equal(ids, _stub.Requests.SelectMany(request => request.Query["ids"].Split(',')));
        Assert.Equal(50, _stub.Requests[0].Query["ids"].Split(',').Length);
        Assert.Equal(2, result.Responses.Count);
    }

    [Fact]
    public async Task UnfollowArtistsOrUsersAsync_Users_DeleteWithTypeUser()
    {
        _stub.Enqueue(HttpStatusCode.NoContent);

        await _users.UnfollowArtistsOrUsersAsync(FollowType.User, ["alice.example", "spotify"]);

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Delete, sent.Method);
        Assert.Equal("https://api.test/v1/me/following?type=user&ids=alice.example%2Cspotify", sent.RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task UnfollowArtistsOrUsersAsync_SecondChunkFails_BatchExceptionSaysWhatWasApplied()
    {
        var ids = Enumerable.Range(0, 60).Select(Id).ToArray();
        _stub.Enqueue(HttpStatusCode.NoContent).Enqueue(() => StubResponses.ApiError(HttpStatusCode.BadGateway, "Bad gateway."));

        var exception = await Assert.ThrowsAsync<SpotifyBatchException>(() => _users.UnfollowArtistsOrUsersAsync(FollowType.Artist, ids));

        Assert.Equal(ids.Take(50), exception.AppliedItems);
        Assert.Equal(ids.Skip(50), exception.FailedItems);
        Assert.Empty(exception.NotSentItems);
    }

    [Fact]
    public async Task CheckCurrentUserFollowsAsync_HundredAndTenIds_ThreeChunksMergedInOrder()
    {
        var ids = Enumerable.Range(0, 110).Select(Id).ToArray();
        var expected = ids.Select((_, i) => i % 4 == 1).ToArray();
        _stub.EnqueueJson(Flags(expected[..50])).EnqueueJson(Flags(expected[50..100])).EnqueueJson(Flags(expected[100..]));

        var result = await _users.CheckCurrentUserFollowsAsync(FollowType.Artist, ids);

        Assert.Equal(expected, result.Data);
        Assert.Equal(3, _stub.RequestCount);
        Assert.All(_stub.Requests, request => Assert.Equal("/v1/me/following/contains", request.RequestUri.AbsolutePath));
        Assert.Equal(ids, _stub.Requests.SelectMany(request => request.Query["ids"].Split(',')));
    }

    [Fact]
    public async Task FollowArtistsOrUsersAsync_ArtistTypeWithUserId_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _users.FollowArtistsOrUsersAsync(FollowType.Artist, [Id(1), "smedjan"]));

        Assert.Equal("Ids", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetUserTopArtistsAsync_ConvenienceOverload_PassesEveryArgument()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"id":"a","name":"Top"}],"limit":5,"next":null,"offset":10,"previous":null,"total":11}""");

        var result = await _users.GetUserTopArtistsAsync(TopItemsTimeRange.ShortTerm, limit: 5, offset: 10);

        Assert.Equal("https://api.test/v1/me/top/artists?time_range=short_term&limit=5&offset=10", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("Top", Assert.Single(result.Data.Items).Name);
    }

    [Fact]
    public async Task EnumerateUserTopTracksAsync_TwoPages_FollowsNext()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"id":"t1","name":"T1"}],"limit":1,"next":"https://api.test/v1/me/top/tracks?offset=1&limit=1&time_range=long_term","offset":0,"previous":null,"total":2}""")
             .EnqueueJson("""{"href":"h","items":[{"id":"t2","name":"T2"}],"limit":1,"next":null,"offset":1,"previous":"p","total":2}""");

        var names = new List<string>();
        await foreach (var track in _users.EnumerateUserTopTracksAsync(new GetUserTopTracksRequest { Limit = 1, TimeRange = TopItemsTimeRange.LongTerm }))
        {
            names.Add(track.Name);
        }

        Assert.Equal(["T1", "T2"], names);
        Assert.Equal("https://api.test/v1/me/top/tracks?time_range=long_term&limit=1", _stub.Requests[0].RequestUri.AbsoluteUri);
        Assert.Equal("https://api.test/v1/me/top/tracks?offset=1&limit=1&time_range=long_term", _stub.Requests[1].RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task EnumerateUserTopArtistsAsync_NoRequest_StartsWithPagesOfFifty()
    {
        _stub.EnqueueJson("""{"href":"h","items":[],"limit":50,"next":null,"offset":0,"previous":null,"total":0}""");

        await foreach (var _ in _users.EnumerateUserTopArtistsAsync())
        {
        }

        Assert.Equal("https://api.test/v1/me/top/artists?limit=50", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task TopItemsMethods_UndefinedTimeRange_ThrowNamingTimeRangeAndSendNothing()
    {
        var range = (TopItemsTimeRange)42;

        Assert.Equal("TimeRange", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _users.GetUserTopArtistsAsync(range))).ParamName);
        Assert.Equal("TimeRange", (await Assert.ThrowsAnyAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in _users.EnumerateUserTopTracksAsync(new GetUserTopTracksRequest { TimeRange = range }))
            {
            }
        })).ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetUserTopTracksAsync_LimitAboveFifty_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _users.GetUserTopTracksAsync(limit: 51));

        Assert.Equal("Limit", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Theory]
    [InlineData(nameof(IUsersClient.GetUserProfileAsync), SpotifyDeprecations.OtherUsers)]
    [InlineData(nameof(IUsersClient.FollowPlaylistAsync), SpotifyDeprecations.Follow)]
    [InlineData(nameof(IUsersClient.UnfollowPlaylistAsync), SpotifyDeprecations.Follow)]
    [InlineData(nameof(IUsersClient.FollowArtistsOrUsersAsync), SpotifyDeprecations.Follow)]
    [InlineData(nameof(IUsersClient.UnfollowArtistsOrUsersAsync), SpotifyDeprecations.Follow)]
    [InlineData(nameof(IUsersClient.CheckCurrentUserFollowsAsync), SpotifyDeprecations.Follow)]
    [InlineData(nameof(IUsersClient.CheckUserFollowsPlaylistAsync), SpotifyDeprecations.Follow)]
    public void DeprecatedOperation_InterfaceMethod_ObsoleteWithReason(string method, string reason)
    {
        var overloads = typeof(IUsersClient).GetMethods().Where(m => m.Name == method).ToArray();

        Assert.Equal(2, overloads.Length);
        foreach (var overload in overloads)
        {
            var obsolete = overload.GetCustomAttribute<ObsoleteAttribute>();
            Assert.NotNull(obsolete);
            Assert.Equal(reason, obsolete.Message);
            Assert.False(obsolete.IsError);
        }
    }

    [Theory]
    [InlineData(nameof(IUsersClient.GetCurrentUserProfileAsync))]
    [InlineData(nameof(IUsersClient.GetFollowedArtistsAsync))]
    [InlineData(nameof(IUsersClient.EnumerateFollowedArtistsAsync))]
    [InlineData(nameof(IUsersClient.GetUserTopArtistsAsync))]
    [InlineData(nameof(IUsersClient.EnumerateUserTopArtistsAsync))]
    [InlineData(nameof(IUsersClient.GetUserTopTracksAsync))]
    [InlineData(nameof(IUsersClient.EnumerateUserTopTracksAsync))]
    public void CurrentOperation_InterfaceMethod_NotObsolete(string method)
    {
        var overloads = typeof(IUsersClient).GetMethods().Where(candidate => candidate.Name == method).ToArray();

        Assert.NotEmpty(overloads);
        Assert.All(overloads, candidate => Assert.Null(candidate.GetCustomAttribute<ObsoleteAttribute>()));
    }

    private static string Id(int i) => "1111111111111111111" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    private static string Flags(IEnumerable<bool> values) => "[" + string.Join(',', values.Select(v => v ? "true" : "false")) + "]";
}
#pragma warning restore CS0618
