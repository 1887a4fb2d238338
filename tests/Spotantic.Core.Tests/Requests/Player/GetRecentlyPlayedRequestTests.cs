using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Player;

public sealed class GetRecentlyPlayedRequestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Validate_LimitOutOfRange_ThrowsNamingLimit(int limit)
    {
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(new GetRecentlyPlayedRequest { Limit = limit }.Validate).ParamName);
    }

    [Fact]
    public void Validate_AfterAndBefore_ThrowsNamingBefore()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetRecentlyPlayedRequest { After = 1, Before = 2 }.Validate);

        Assert.Equal("Before", exception.ParamName);
    }

    [Fact]
    public void Validate_NegativeCursor_ThrowsNamingIt()
    {
        Assert.Equal("After", Assert.ThrowsAny<ArgumentException>(new GetRecentlyPlayedRequest { After = -1 }.Validate).ParamName);
        Assert.Equal("Before", Assert.ThrowsAny<ArgumentException>(new GetRecentlyPlayedRequest { Before = -1 }.Validate).ParamName);
    }

    [Fact]
    public void BuildRelativeUri_BeforeCursor_WrittenAsInteger()
    {
        Assert.Equal("me/player/recently-played?limit=50&before=1484811043508", new GetRecentlyPlayedRequest { Limit = 50, Before = 1484811043508 }.BuildRelativeUri());
        Assert.Equal("me/player/recently-played?after=0", new GetRecentlyPlayedRequest { After = 0 }.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetRecentlyPlayed()
    {
        OperationAssert.Matches(GetRecentlyPlayedRequest.Definition, "get-recently-played", HttpMethod.Get, "/me/player/recently-played", [SpotifyScopes.UserReadRecentlyPlayed], isIdempotent: true, isDeprecated: false);
    }
}
