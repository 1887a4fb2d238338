using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Artists;

public sealed class GetArtistRequestTests
{
    private const string Id = "4aawyAB9vmqN3uQ7FjRGTy";

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT%")]
    [InlineData("../../me/player/next00")]
    public void Validate_InvalidId_ThrowsNamingId(string? id)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetArtistRequest(id!).Validate);

        Assert.Equal("Id", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_Id_EscapedIntoPath()
    {
        Assert.Equal("artists/4aawyAB9vmqN3uQ7FjRGTy", new GetArtistRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetAnArtist()
    {
        OperationAssert.Matches(new GetArtistRequest(Id).Operation, "get-an-artist", HttpMethod.Get, "/artists/{id}", [], isIdempotent: true, isDeprecated: false);
    }
}
