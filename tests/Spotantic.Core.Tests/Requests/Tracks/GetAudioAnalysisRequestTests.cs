using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Tracks;

public sealed class GetAudioAnalysisRequestTests
{
    private const string Id = "4aawyAB9vmqN3uQ7FjRGTy";

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT%")]
    [InlineData("../../me/player/next00")]
    public void Validate_InvalidId_ThrowsNamingId(string? id)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAudioAnalysisRequest(id!).Validate);

        Assert.Equal("Id", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_Id_EscapedIntoPath()
    {
        Assert.Equal("audio-analysis/4aawyAB9vmqN3uQ7FjRGTy", new GetAudioAnalysisRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetAudioAnalysis()
    {
        OperationAssert.Matches(new GetAudioAnalysisRequest(Id).Operation, "get-audio-analysis", HttpMethod.Get, "/audio-analysis/{id}", [], isIdempotent: true, isDeprecated: true);
    }
}
