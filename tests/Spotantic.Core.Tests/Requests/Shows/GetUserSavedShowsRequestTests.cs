using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Shows;

public sealed class GetUserSavedShowsRequestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Validate_LimitOutOfRange_ThrowsNamingLimit(int limit)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetUserSavedShowsRequest { Limit = limit }.Validate);

        Assert.Equal("Limit", exception.ParamName);
    }

    [Fact]
    public void Validate_NegativeOffset_ThrowsNamingOffset()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetUserSavedShowsRequest { Offset = -1 }.Validate);

        Assert.Equal("Offset", exception.ParamName);
    }

    [Fact]
    public void Validate_NoArguments_DoesNotThrow()
    {
        Assert.Null(Record.Exception(new GetUserSavedShowsRequest().Validate));
    }

    [Fact]
    public void BuildRelativeUri_NoArguments_NoQuery()
    {
        Assert.Equal("me/shows", new GetUserSavedShowsRequest().BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_AllParameters_InSpecOrder()
    {
        Assert.Equal("me/shows?limit=10&offset=5", new GetUserSavedShowsRequest { Limit = 10, Offset = 5 }.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetUsersSavedShows()
    {
        OperationAssert.Matches(new GetUserSavedShowsRequest().Operation, "get-users-saved-shows", HttpMethod.Get, "/me/shows", [SpotifyScopes.UserLibraryRead], isIdempotent: true, isDeprecated: false);
    }
}
