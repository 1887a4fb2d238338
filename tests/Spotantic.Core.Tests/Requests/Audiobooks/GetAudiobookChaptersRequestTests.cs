using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Audiobooks;

public sealed class GetAudiobookChaptersRequestTests
{
    private const string Id = "4rOoJ6Egrf8K2IrywzwOMk";

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("4rOoJ6Egrf8K2IrywzwO%k")]
    public void Validate_InvalidId_ThrowsNamingId(string? id)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAudiobookChaptersRequest(id!).Validate);

        Assert.Equal("Id", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    [InlineData(-5)]
    public void Validate_LimitOutOfRange_ThrowsNamingLimit(int limit)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAudiobookChaptersRequest(Id) { Limit = limit }.Validate);

        Assert.Equal("Limit", exception.ParamName);
    }

    [Fact]
    public void Validate_NegativeOffset_ThrowsNamingOffset()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAudiobookChaptersRequest(Id) { Offset = -1 }.Validate);

        Assert.Equal("Offset", exception.ParamName);
    }

    [Fact]
    public void Validate_LowercaseMarket_ThrowsNamingMarket()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAudiobookChaptersRequest(Id) { Market = "es" }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void Validate_AllArgumentsAtTheirLimits_DoesNotThrow()
    {
        var request = new GetAudiobookChaptersRequest(Id) { Limit = GetAudiobookChaptersRequest.MaxLimit, Offset = 0, Market = "US" };

        Assert.Null(Record.Exception(request.Validate));
        Assert.Equal(50, GetAudiobookChaptersRequest.MaxLimit);
    }

    [Fact]
    public void BuildRelativeUri_IdOnly_OmitsNullParameters()
    {
        Assert.Equal("audiobooks/4rOoJ6Egrf8K2IrywzwOMk/chapters", new GetAudiobookChaptersRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_AllParameters_InSpecOrder()
    {
        var request = new GetAudiobookChaptersRequest(Id) { Market = "ES", Limit = 10, Offset = 5 };

        Assert.Equal("audiobooks/4rOoJ6Egrf8K2IrywzwOMk/chapters?market=ES&limit=10&offset=5", request.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetAudiobookChapters()
    {
        OperationAssert.Matches(new GetAudiobookChaptersRequest(Id).Operation, "get-audiobook-chapters", HttpMethod.Get, "/audiobooks/{id}/chapters", [], isIdempotent: true, isDeprecated: false);
    }
}
