using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Artists;

public sealed class GetSeveralArtistsRequestTests
{
    private const string First = "382ObEPsp2rxGrnsizN5TX";
    private const string Second = "1A2GTWGtFfWp7KSQTwWOyo";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new GetSeveralArtistsRequest(null!).Validate).ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new GetSeveralArtistsRequest([]).Validate).ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, GetSeveralArtistsRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new GetSeveralArtistsRequest(ids).Validate));
        Assert.Equal(50, GetSeveralArtistsRequest.MaxIds);
    }

    [Theory]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy,")]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralArtistsRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        Assert.Equal("artists?ids=382ObEPsp2rxGrnsizN5TX%2C1A2GTWGtFfWp7KSQTwWOyo", new GetSeveralArtistsRequest([First, Second]).BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetMultipleArtists()
    {
        OperationAssert.Matches(new GetSeveralArtistsRequest([First]).Operation, "get-multiple-artists", HttpMethod.Get, "/artists", [], isIdempotent: true, isDeprecated: true);
    }
}
