using System.Text.Json;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Users;

public sealed class UsersRequestTests
{
    private const string ArtistA = "0TnOYISbd1XYRBk9myaseg";
    private const string ArtistB = "2CIMQHirSU0MQqyYHq0eOx";
    private const string PlaylistId = "3cEYpjA9oz9GiPac4AsH4n";

    [Fact]
    public void GetCurrentUserProfile_BuildRelativeUri_PlainMe()
    {
        var request = new GetCurrentUserProfileRequest();

        Assert.Equal("me", request.BuildRelativeUri());
        Assert.Null(Record.Exception(request.Validate));
    }

    [Fact]
    public void GetCurrentUserProfile_Scopes_NoneSoTokensWithoutEmailOrPrivateWork()
    {
        var request = new GetCurrentUserProfileRequest();

        OperationAssert.Matches(request.Operation, "get-current-users-profile", HttpMethod.Get, "/me", [], isIdempotent: true, isDeprecated: false);
        Assert.Empty(request.RequiredScopes.GetMissing(new HashSet<string>()));
    }

    [Theory]
    [InlineData("smedjan", "users/smedjan")]
    [InlineData("alice.example", "users/alice.example")]
    [InlineData("bob_example", "users/bob_example")]
    [InlineData("1234567890", "users/1234567890")]
    [InlineData("a/b?c#d%e", "users/a%2Fb%3Fc%23d%25e")]
    public void GetUserProfile_OpaqueUserId_EscapedIntoOneSegment(string userId, string expected)
    {
        var request = new GetUserProfileRequest(userId);

        Assert.Null(Record.Exception(request.Validate));
        Assert.Equal(expected, request.BuildRelativeUri());
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("two words")]
    [InlineData("a,b")]
    [InlineData("line\nbreak")]
    public void GetUserProfile_ImpossibleUserId_ThrowsNamingUserId(string userId)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetUserProfileRequest(userId).Validate);

        Assert.Equal("UserId", exception.ParamName);
    }

    [Fact]
    public void GetUserProfile_NullOrTooLong_ThrowsNamingUserId()
    {
        Assert.Equal("UserId", Assert.ThrowsAny<ArgumentException>(new GetUserProfileRequest(null!).Validate).ParamName);
        Assert.Equal("UserId", Assert.ThrowsAny<ArgumentException>(new GetUserProfileRequest(new string('a', 257)).Validate).ParamName);
    }

    [Fact]
    public void GetUserProfile_Definition_DeprecatedAndNeedsNoScope()
    {
        OperationAssert.Matches(GetUserProfileRequest.Definition, "get-users-profile", HttpMethod.Get, "/users/{user_id}", [], isIdempotent: true, isDeprecated: true);
    }

    [Theory]
    [InlineData(null, "{}")]
    [InlineData(true, """{"public":true}""")]
    [InlineData(false, """{"public":false}""")]
    public async Task FollowPlaylist_Body_CarriesPublicOnlyWhenSet(bool? isPublic, string expected)
    {
        var request = new FollowPlaylistRequest(PlaylistId) { Public = isPublic };

        using var content = request.BuildContent();

        Assert.NotNull(content);
        Assert.Equal("application/json", content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await content.ReadAsStringAsync());
        Assert.Equal("playlists/3cEYpjA9oz9GiPac4AsH4n/followers", request.BuildRelativeUri());
    }

    [Theory]
    [InlineData("../me/player/next")]
    [InlineData("3cEYpjA9oz9GiPac4AsH4")]
    public void FollowAndUnfollowPlaylist_InvalidPlaylistId_ThrowsNamingPlaylistId(string id)
    {
        Assert.Equal("PlaylistId", Assert.ThrowsAny<ArgumentException>(new FollowPlaylistRequest(id).Validate).ParamName);
        Assert.Equal("PlaylistId", Assert.ThrowsAny<ArgumentException>(new UnfollowPlaylistRequest(id).Validate).ParamName);
        Assert.Equal("PlaylistId", Assert.ThrowsAny<ArgumentException>(new CheckUserFollowsPlaylistRequest(id).Validate).ParamName);
    }

    [Fact]
    public void FollowAndUnfollowPlaylist_Scopes_EitherPlaylistModifyScopeIsEnough()
    {
        foreach (var operation in new[] { FollowPlaylistRequest.Definition, UnfollowPlaylistRequest.Definition })
        {
            Assert.Empty(operation.Scopes.GetMissing(new HashSet<string> { SpotifyScopes.PlaylistModifyPublic }));
            Assert.Empty(operation.Scopes.GetMissing(new HashSet<string> { SpotifyScopes.PlaylistModifyPrivate }));
            Assert.NotEmpty(operation.Scopes.GetMissing(new HashSet<string> { SpotifyScopes.PlaylistReadPrivate }));
            Assert.True(operation.IsDeprecated);
            Assert.True(operation.IsIdempotent);
        }
    }

    [Fact]
    public void UnfollowPlaylist_SendsNoBody()
    {
        var request = new UnfollowPlaylistRequest(PlaylistId);

        Assert.Null(request.BuildContent());
        Assert.Equal("playlists/3cEYpjA9oz9GiPac4AsH4n/followers", request.BuildRelativeUri());
    }

    [Fact]
    public void CheckUserFollowsPlaylist_WithAndWithoutUserId_IdsOnlyWhenSet()
    {
        Assert.Equal("playlists/3cEYpjA9oz9GiPac4AsH4n/followers/contains", new CheckUserFollowsPlaylistRequest(PlaylistId).BuildRelativeUri());
        Assert.Equal("playlists/3cEYpjA9oz9GiPac4AsH4n/followers/contains?ids=jmperezperez", new CheckUserFollowsPlaylistRequest(PlaylistId) { UserId = "jmperezperez" }.BuildRelativeUri());
        Assert.Equal("UserId", Assert.ThrowsAny<ArgumentException>(new CheckUserFollowsPlaylistRequest(PlaylistId) { UserId = "a,b" }.Validate).ParamName);
    }

    [Fact]
    public void GetFollowedArtists_AllArguments_TypeArtistAlwaysFirst()
    {
        Assert.Equal("me/following?type=artist", new GetFollowedArtistsRequest().BuildRelativeUri());
        Assert.Equal("me/following?type=artist&after=0TnOYISbd1XYRBk9myaseg&limit=50", new GetFollowedArtistsRequest { After = ArtistA, Limit = 50 }.BuildRelativeUri());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void GetFollowedArtists_LimitOutOfRange_ThrowsNamingLimit(int limit)
    {
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(new GetFollowedArtistsRequest { Limit = limit }.Validate).ParamName);
    }

    [Fact]
    public void GetFollowedArtists_AfterNotAnArtistId_ThrowsNamingAfter()
    {
        Assert.Equal("After", Assert.ThrowsAny<ArgumentException>(new GetFollowedArtistsRequest { After = "../x" }.Validate).ParamName);
    }

    [Fact]
    public void FollowArtistsOrUsers_Artists_TypeAndCommaJoinedIds()
    {
        var request = new FollowArtistsOrUsersRequest(FollowType.Artist, [ArtistA, ArtistB]);

        Assert.Null(Record.Exception(request.Validate));
        Assert.Equal("me/following?type=artist&ids=0TnOYISbd1XYRBk9myaseg%2C2CIMQHirSU0MQqyYHq0eOx", request.BuildRelativeUri());
        Assert.Null(request.BuildContent());
    }

    [Fact]
    public void UnfollowArtistsOrUsers_Users_OpaqueIdsEscaped()
    {
        var request = new UnfollowArtistsOrUsersRequest(FollowType.User, ["alice.example", "bob_example", "a&b"]);

        Assert.Null(Record.Exception(request.Validate));
        Assert.Equal("me/following?type=user&ids=alice.example%2Cbob_example%2Ca%26b", request.BuildRelativeUri());
    }

    [Fact]
    public void CheckCurrentUserFollows_Users_ContainsPath()
    {
        Assert.Equal("me/following/contains?type=user&ids=spotify", new CheckCurrentUserFollowsRequest(FollowType.User, ["spotify"]).BuildRelativeUri());
    }

    [Fact]
    public void FollowArtistsOrUsers_ArtistTypeWithUserId_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new FollowArtistsOrUsersRequest(FollowType.Artist, [ArtistA, "smedjan"]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowArtistsOrUsers_UserTypeWithComma_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new CheckCurrentUserFollowsRequest(FollowType.User, ["ok", "a,b"]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowArtistsOrUsers_UndefinedType_ThrowsNamingType()
    {
        Assert.Equal("Type", Assert.ThrowsAny<ArgumentException>(new UnfollowArtistsOrUsersRequest((FollowType)7, [ArtistA]).Validate).ParamName);
    }

    [Fact]
    public void FollowArtistsOrUsers_NoIdsOrNull_ThrowsNamingIds()
    {
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new FollowArtistsOrUsersRequest(FollowType.Artist, []).Validate).ParamName);
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new FollowArtistsOrUsersRequest(FollowType.User, []).Validate).ParamName);
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new FollowArtistsOrUsersRequest(FollowType.User, null!).Validate).ParamName);
    }

    [Fact]
    public void FollowArtistsOrUsers_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(ArtistA, FollowArtistsOrUsersRequest.MaxIds * 2 + 1).ToArray();

        Assert.Null(Record.Exception(new FollowArtistsOrUsersRequest(FollowType.Artist, ids).Validate));
        Assert.Equal(50, FollowArtistsOrUsersRequest.MaxIds);
        Assert.Equal(50, UnfollowArtistsOrUsersRequest.MaxIds);
        Assert.Equal(50, CheckCurrentUserFollowsRequest.MaxIds);
    }

    [Fact]
    public void FollowOperations_Scopes_FollowModifyForWritesFollowReadForChecks()
    {
        Assert.Equal([SpotifyScopes.UserFollowModify], FollowArtistsOrUsersRequest.Definition.Scopes.Scopes);
        Assert.Equal([SpotifyScopes.UserFollowModify], UnfollowArtistsOrUsersRequest.Definition.Scopes.Scopes);
        Assert.Equal([SpotifyScopes.UserFollowRead], CheckCurrentUserFollowsRequest.Definition.Scopes.Scopes);
        Assert.Equal([SpotifyScopes.UserFollowRead], GetFollowedArtistsRequest.Definition.Scopes.Scopes);
    }

    [Theory]
    [InlineData(TopItemsTimeRange.ShortTerm, "short_term")]
    [InlineData(TopItemsTimeRange.MediumTerm, "medium_term")]
    [InlineData(TopItemsTimeRange.LongTerm, "long_term")]
    public void GetUserTopItems_TimeRange_SentAsSpotifyValue(TopItemsTimeRange range, string expected)
    {
        Assert.Equal($"me/top/artists?time_range={expected}&limit=10&offset=5", new GetUserTopArtistsRequest { TimeRange = range, Limit = 10, Offset = 5 }.BuildRelativeUri());
        Assert.Equal($"me/top/tracks?time_range={expected}", new GetUserTopTracksRequest { TimeRange = range }.BuildRelativeUri());
    }

    [Fact]
    public void GetUserTopItems_NoArguments_PlainPath()
    {
        Assert.Equal("me/top/artists", new GetUserTopArtistsRequest().BuildRelativeUri());
        Assert.Equal("me/top/tracks", new GetUserTopTracksRequest().BuildRelativeUri());
    }

    [Fact]
    public void GetUserTopItems_InvalidArguments_ThrowNamingThem()
    {
        Assert.Equal("TimeRange", Assert.ThrowsAny<ArgumentException>(new GetUserTopArtistsRequest { TimeRange = (TopItemsTimeRange)9 }.Validate).ParamName);
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(new GetUserTopTracksRequest { Limit = 51 }.Validate).ParamName);
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(new GetUserTopArtistsRequest { Limit = 0 }.Validate).ParamName);
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>(new GetUserTopTracksRequest { Offset = -1 }.Validate).ParamName);
    }

    [Fact]
    public void GetUserTopItems_Scopes_UserTopRead()
    {
        OperationAssert.Matches(GetUserTopArtistsRequest.Definition, "get-users-top-artists", HttpMethod.Get, "/me/top/artists", [SpotifyScopes.UserTopRead], isIdempotent: true, isDeprecated: false);
        OperationAssert.Matches(GetUserTopTracksRequest.Definition, "get-users-top-tracks", HttpMethod.Get, "/me/top/tracks", [SpotifyScopes.UserTopRead], isIdempotent: true, isDeprecated: false);
    }

    [Fact]
    public async Task FollowPlaylist_BodyJson_IsAnObjectSpotifyAccepts()
    {
        using var content = new FollowPlaylistRequest(PlaylistId) { Public = false }.BuildContent()!;
        using var document = JsonDocument.Parse(await content.ReadAsStringAsync());

        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.False(document.RootElement.GetProperty("public").GetBoolean());
    }
}
