using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Audiobooks;

public sealed class GetSeveralAudiobooksRequestTests
{
    private const string First = "4rOoJ6Egrf8K2IrywzwOMk";
    private const string Second = "5CfCWKI5pZ28U0uOzXkDHe";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralAudiobooksRequest(null!).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralAudiobooksRequest([]).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, GetSeveralAudiobooksRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new GetSeveralAudiobooksRequest(ids).Validate));
        Assert.Equal(50, GetSeveralAudiobooksRequest.MaxIds);
    }

    [Theory]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH,")]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralAudiobooksRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LowercaseMarket_ThrowsNamingMarket()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralAudiobooksRequest([First]) { Market = "es" }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_WithMarket_IdsThenMarket()
    {
        Assert.Equal("audiobooks?ids=4rOoJ6Egrf8K2IrywzwOMk&market=ES", new GetSeveralAudiobooksRequest([First]) { Market = "ES" }.BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        var uri = new GetSeveralAudiobooksRequest([First, Second]).BuildRelativeUri();

        Assert.Equal("audiobooks?ids=4rOoJ6Egrf8K2IrywzwOMk%2C5CfCWKI5pZ28U0uOzXkDHe", uri);
    }

    [Fact]
    public void Operation_Definition_MatchesGetMultipleAudiobooks()
    {
        OperationAssert.Matches(new GetSeveralAudiobooksRequest([First]).Operation, "get-multiple-audiobooks", HttpMethod.Get, "/audiobooks", [], isIdempotent: true, isDeprecated: true);
    }
}
