using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Tracks;

public sealed class GetSeveralTracksRequestTests
{
    private const string First = "382ObEPsp2rxGrnsizN5TX";
    private const string Second = "1A2GTWGtFfWp7KSQTwWOyo";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new GetSeveralTracksRequest(null!).Validate).ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new GetSeveralTracksRequest([]).Validate).ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, GetSeveralTracksRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new GetSeveralTracksRequest(ids).Validate));
        Assert.Equal(50, GetSeveralTracksRequest.MaxIds);
    }

    [Theory]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy,")]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralTracksRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        Assert.Equal("tracks?market=ES&ids=382ObEPsp2rxGrnsizN5TX%2C1A2GTWGtFfWp7KSQTwWOyo", new GetSeveralTracksRequest([First, Second]) { Market = "ES" }.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetSeveralTracks()
    {
        OperationAssert.Matches(new GetSeveralTracksRequest([First]).Operation, "get-several-tracks", HttpMethod.Get, "/tracks", [], isIdempotent: true, isDeprecated: true);
    }
}
