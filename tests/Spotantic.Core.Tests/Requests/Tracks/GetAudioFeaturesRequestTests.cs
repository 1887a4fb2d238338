using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Tracks;

public sealed class GetAudioFeaturesRequestTests
{
    private const string Id = "4aawyAB9vmqN3uQ7FjRGTy";

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT%")]
    [InlineData("../../me/player/next00")]
    public void Validate_InvalidId_ThrowsNamingId(string? id)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAudioFeaturesRequest(id!).Validate);

        Assert.Equal("Id", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_Id_EscapedIntoPath()
    {
        Assert.Equal("audio-features/4aawyAB9vmqN3uQ7FjRGTy", new GetAudioFeaturesRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetAudioFeatures()
    {
        OperationAssert.Matches(new GetAudioFeaturesRequest(Id).Operation, "get-audio-features", HttpMethod.Get, "/audio-features/{id}", [], isIdempotent: true, isDeprecated: true);
    }
}
