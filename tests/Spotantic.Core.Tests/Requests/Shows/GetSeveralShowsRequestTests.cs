using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Shows;

public sealed class GetSeveralShowsRequestTests
{
    private const string First = "4rOoJ6Egrf8K2IrywzwOMk";
    private const string Second = "5CfCWKI5pZ28U0uOzXkDHe";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralShowsRequest(null!).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralShowsRequest([]).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, GetSeveralShowsRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new GetSeveralShowsRequest(ids).Validate));
        Assert.Equal(50, GetSeveralShowsRequest.MaxIds);
    }

    [Theory]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH,")]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralShowsRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LowercaseMarket_ThrowsNamingMarket()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralShowsRequest([First]) { Market = "es" }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_WithMarket_IdsThenMarket()
    {
        Assert.Equal("shows?ids=4rOoJ6Egrf8K2IrywzwOMk&market=ES", new GetSeveralShowsRequest([First]) { Market = "ES" }.BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        var uri = new GetSeveralShowsRequest([First, Second]).BuildRelativeUri();

        Assert.Equal("shows?ids=4rOoJ6Egrf8K2IrywzwOMk%2C5CfCWKI5pZ28U0uOzXkDHe", uri);
    }

    [Fact]
    public void Operation_Definition_MatchesGetMultipleShows()
    {
        OperationAssert.Matches(new GetSeveralShowsRequest([First]).Operation, "get-multiple-shows", HttpMethod.Get, "/shows", [], isIdempotent: true, isDeprecated: true);
    }
}
