using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Albums;

public sealed class GetSeveralAlbumsRequestTests
{
    private const string First = "382ObEPsp2rxGrnsizN5TX";
    private const string Second = "1A2GTWGtFfWp7KSQTwWOyo";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralAlbumsRequest(null!).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralAlbumsRequest([]).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, GetSeveralAlbumsRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new GetSeveralAlbumsRequest(ids).Validate));
        Assert.Equal(20, GetSeveralAlbumsRequest.MaxIds);
    }

    [Fact]
    public void Validate_MaxIds_DoesNotThrow()
    {
        var ids = Enumerable.Repeat(First, GetSeveralAlbumsRequest.MaxIds).ToArray();

        Assert.Null(Record.Exception(new GetSeveralAlbumsRequest(ids).Validate));
    }

    [Theory]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy,")]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralAlbumsRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        var uri = new GetSeveralAlbumsRequest([First, Second]).BuildRelativeUri();

        Assert.Equal("albums?ids=382ObEPsp2rxGrnsizN5TX%2C1A2GTWGtFfWp7KSQTwWOyo", uri);
    }

    [Fact]
    public void Operation_Definition_MatchesGetMultipleAlbums()
    {
        OperationAssert.Matches(new GetSeveralAlbumsRequest([First]).Operation, "get-multiple-albums", HttpMethod.Get, "/albums", [], isIdempotent: true, isDeprecated: true);
    }

    [Fact]
    public void Validate_InvalidMarket_ThrowsNamingMarket()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralAlbumsRequest([First]) { Market = "ESP" }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_IdsAndMarket_BothInQuery()
    {
        var uri = new GetSeveralAlbumsRequest([First, Second]) { Market = "ES" }.BuildRelativeUri();

        Assert.Equal("albums?ids=382ObEPsp2rxGrnsizN5TX%2C1A2GTWGtFfWp7KSQTwWOyo&market=ES", uri);
    }
}
