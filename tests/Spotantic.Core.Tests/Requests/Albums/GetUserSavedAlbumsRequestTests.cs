using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Albums;

public sealed class GetUserSavedAlbumsRequestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Validate_LimitOutOfRange_ThrowsNamingLimit(int limit)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetUserSavedAlbumsRequest { Limit = limit }.Validate);

        Assert.Equal("Limit", exception.ParamName);
    }

    [Fact]
    public void Validate_NegativeOffset_ThrowsNamingOffset()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetUserSavedAlbumsRequest { Offset = -1 }.Validate);

        Assert.Equal("Offset", exception.ParamName);
    }

    [Theory]
    [InlineData("usa")]
    [InlineData("from_token")]
    public void Validate_InvalidMarket_ThrowsNamingMarket(string market)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetUserSavedAlbumsRequest { Market = market }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void Validate_NoArguments_DoesNotThrow()
    {
        Assert.Null(Record.Exception(new GetUserSavedAlbumsRequest().Validate));
    }

    [Fact]
    public void BuildRelativeUri_NoArguments_PlainPath()
    {
        Assert.Equal("me/albums", new GetUserSavedAlbumsRequest().BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_AllArguments_AllInQuery()
    {
        var request = new GetUserSavedAlbumsRequest { Limit = 50, Offset = 100, Market = "SE" };

        Assert.Equal("me/albums?limit=50&offset=100&market=SE", request.BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_MarketOnly_OmitsLimitAndOffset()
    {
        Assert.Equal("me/albums?market=SE", new GetUserSavedAlbumsRequest { Market = "SE" }.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetUsersSavedAlbums()
    {
        var request = new GetUserSavedAlbumsRequest();

        OperationAssert.Matches(request.Operation, "get-users-saved-albums", HttpMethod.Get, "/me/albums", [SpotifyScopes.UserLibraryRead], isIdempotent: true, isDeprecated: false);
        Assert.Equal([SpotifyScopes.UserLibraryRead], request.RequiredScopes.Scopes);
    }
}
