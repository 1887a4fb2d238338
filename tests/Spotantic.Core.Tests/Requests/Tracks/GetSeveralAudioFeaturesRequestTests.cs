using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Tracks;

public sealed class GetSeveralAudioFeaturesRequestTests
{
    private const string First = "382ObEPsp2rxGrnsizN5TX";
    private const string Second = "1A2GTWGtFfWp7KSQTwWOyo";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new GetSeveralAudioFeaturesRequest(null!).Validate).ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new GetSeveralAudioFeaturesRequest([]).Validate).ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, GetSeveralAudioFeaturesRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new GetSeveralAudioFeaturesRequest(ids).Validate));
        Assert.Equal(100, GetSeveralAudioFeaturesRequest.MaxIds);
    }

    [Theory]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy,")]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetSeveralAudioFeaturesRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        Assert.Equal("audio-features?ids=382ObEPsp2rxGrnsizN5TX%2C1A2GTWGtFfWp7KSQTwWOyo", new GetSeveralAudioFeaturesRequest([First, Second]).BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetSeveralAudioFeatures()
    {
        OperationAssert.Matches(new GetSeveralAudioFeaturesRequest([First]).Operation, "get-several-audio-features", HttpMethod.Get, "/audio-features", [], isIdempotent: true, isDeprecated: true);
    }
}
