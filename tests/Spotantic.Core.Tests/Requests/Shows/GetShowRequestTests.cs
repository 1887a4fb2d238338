using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Shows;

public sealed class GetShowRequestTests
{
    private const string Id = "4rOoJ6Egrf8K2IrywzwOMk";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("../../me/player/next0000")]
    [InlineData("4rOoJ6Egrf8K2IrywzwO%k")]
    public void Validate_InvalidId_ThrowsNamingId(string? id)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetShowRequest(id!).Validate);

        Assert.Equal("Id", exception.ParamName);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("ESP")]
    [InlineData("E1")]
    public void Validate_MalformedMarket_ThrowsNamingMarket(string market)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetShowRequest(Id) { Market = market }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void Validate_ValidIdAndMarket_DoesNotThrow()
    {
        Assert.Null(Record.Exception(new GetShowRequest(Id) { Market = "US" }.Validate));
    }

    [Fact]
    public void BuildRelativeUri_IdOnly_OmitsMarket()
    {
        Assert.Equal("shows/4rOoJ6Egrf8K2IrywzwOMk", new GetShowRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_WithMarket_AddsMarketQuery()
    {
        Assert.Equal("shows/4rOoJ6Egrf8K2IrywzwOMk?market=ES", new GetShowRequest(Id) { Market = "ES" }.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetAShow()
    {
        OperationAssert.Matches(new GetShowRequest(Id).Operation, "get-a-show", HttpMethod.Get, "/shows/{id}", [], isIdempotent: true, isDeprecated: false);
    }
}
