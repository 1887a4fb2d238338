using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Tracks;

public sealed class GetUserSavedTracksRequestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Validate_LimitOutOfRange_ThrowsNamingLimit(int limit)
    {
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(new GetUserSavedTracksRequest { Limit = limit }.Validate).ParamName);
    }

    [Fact]
    public void Validate_NegativeOffset_ThrowsNamingOffset()
    {
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>(new GetUserSavedTracksRequest { Offset = -3 }.Validate).ParamName);
    }

    [Fact]
    public void Validate_BadMarket_ThrowsNamingMarket()
    {
        Assert.Equal("Market", Assert.ThrowsAny<ArgumentException>(new GetUserSavedTracksRequest { Market = "from_token" }.Validate).ParamName);
    }

    [Fact]
    public void BuildRelativeUri_AllParameters_InSpecOrder()
    {
        Assert.Equal("me/tracks?market=ES&limit=50&offset=100", new GetUserSavedTracksRequest { Market = "ES", Limit = 50, Offset = 100 }.BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_NoArguments_BarePath()
    {
        Assert.Equal("me/tracks", new GetUserSavedTracksRequest().BuildRelativeUri());
    }

    [Fact]
    public void RequiredScopes_LibraryRead_MissingWithoutIt()
    {
        var request = new GetUserSavedTracksRequest();

        Assert.Equal([SpotifyScopes.UserLibraryRead], request.RequiredScopes.GetMissing(new HashSet<string>(StringComparer.Ordinal) { SpotifyScopes.UserLibraryModify }));
        Assert.Empty(request.RequiredScopes.GetMissing(new HashSet<string>(StringComparer.Ordinal) { SpotifyScopes.UserLibraryRead }));
    }

    [Fact]
    public void Operation_Definition_MatchesGetUsersSavedTracks()
    {
        OperationAssert.Matches(new GetUserSavedTracksRequest().Operation, "get-users-saved-tracks", HttpMethod.Get, "/me/tracks", [SpotifyScopes.UserLibraryRead], isIdempotent: true, isDeprecated: false);
    }
}
