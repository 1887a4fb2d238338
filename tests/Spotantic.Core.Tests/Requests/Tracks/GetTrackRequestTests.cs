using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Tracks;

public sealed class GetTrackRequestTests
{
    private const string Id = "4aawyAB9vmqN3uQ7FjRGTy";

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT%")]
    [InlineData("../../me/player/next00")]
    public void Validate_InvalidId_ThrowsNamingId(string? id)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetTrackRequest(id!).Validate);

        Assert.Equal("Id", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_Id_EscapedIntoPath()
    {
        Assert.Equal("tracks/4aawyAB9vmqN3uQ7FjRGTy?market=SE", new GetTrackRequest(Id) { Market = "SE" }.BuildRelativeUri());
    }

    [Fact]
    public void Validate_LowercaseMarket_ThrowsNamingMarket()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetTrackRequest(Id) { Market = "es" }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_NoMarket_OmitsQuery()
    {
        Assert.Equal("tracks/4aawyAB9vmqN3uQ7FjRGTy", new GetTrackRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetTrack()
    {
        OperationAssert.Matches(new GetTrackRequest(Id).Operation, "get-track", HttpMethod.Get, "/tracks/{id}", [], isIdempotent: true, isDeprecated: false);
    }
}
