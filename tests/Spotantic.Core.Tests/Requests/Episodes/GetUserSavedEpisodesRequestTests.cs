using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Episodes;

public sealed class GetUserSavedEpisodesRequestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Validate_LimitOutOfRange_ThrowsNamingLimit(int limit)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetUserSavedEpisodesRequest { Limit = limit }.Validate);

        Assert.Equal("Limit", exception.ParamName);
    }

    [Fact]
    public void Validate_NegativeOffset_ThrowsNamingOffset()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetUserSavedEpisodesRequest { Offset = -1 }.Validate);

        Assert.Equal("Offset", exception.ParamName);
    }

    [Fact]
    public void Validate_LowercaseMarket_ThrowsNamingMarket()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetUserSavedEpisodesRequest { Market = "us" }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void Validate_NoArguments_DoesNotThrow()
    {
        Assert.Null(Record.Exception(new GetUserSavedEpisodesRequest().Validate));
    }

    [Fact]
    public void BuildRelativeUri_NoArguments_NoQuery()
    {
        Assert.Equal("me/episodes", new GetUserSavedEpisodesRequest().BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_AllParameters_InSpecOrder()
    {
        Assert.Equal("me/episodes?market=ES&limit=10&offset=5", new GetUserSavedEpisodesRequest { Market = "ES", Limit = 10, Offset = 5 }.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetUsersSavedEpisodes()
    {
        OperationAssert.Matches(new GetUserSavedEpisodesRequest().Operation, "get-users-saved-episodes", HttpMethod.Get, "/me/episodes", [SpotifyScopes.UserLibraryRead], isIdempotent: true, isDeprecated: false);
    }
}
