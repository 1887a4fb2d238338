using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Audiobooks;

public sealed class GetAudiobookRequestTests
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
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAudiobookRequest(id!).Validate);

        Assert.Equal("Id", exception.ParamName);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("ESP")]
    [InlineData("E1")]
    public void Validate_MalformedMarket_ThrowsNamingMarket(string market)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAudiobookRequest(Id) { Market = market }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void Validate_ValidIdAndMarket_DoesNotThrow()
    {
        Assert.Null(Record.Exception(new GetAudiobookRequest(Id) { Market = "US" }.Validate));
    }

    [Fact]
    public void BuildRelativeUri_IdOnly_OmitsMarket()
    {
        Assert.Equal("audiobooks/4rOoJ6Egrf8K2IrywzwOMk", new GetAudiobookRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_WithMarket_AddsMarketQuery()
    {
        Assert.Equal("audiobooks/4rOoJ6Egrf8K2IrywzwOMk?market=ES", new GetAudiobookRequest(Id) { Market = "ES" }.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetAnAudiobook()
    {
        OperationAssert.Matches(new GetAudiobookRequest(Id).Operation, "get-an-audiobook", HttpMethod.Get, "/audiobooks/{id}", [], isIdempotent: true, isDeprecated: false);
    }
}
