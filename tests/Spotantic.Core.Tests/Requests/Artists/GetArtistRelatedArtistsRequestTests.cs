using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Artists;

public sealed class GetArtistRelatedArtistsRequestTests
{
    private const string Id = "4aawyAB9vmqN3uQ7FjRGTy";

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT%")]
    [InlineData("../../me/player/next00")]
    public void Validate_InvalidId_ThrowsNamingId(string? id)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetArtistRelatedArtistsRequest(id!).Validate);

        Assert.Equal("Id", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_Id_EscapedIntoPath()
    {
        Assert.Equal("artists/4aawyAB9vmqN3uQ7FjRGTy/related-artists", new GetArtistRelatedArtistsRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetAnArtistsRelatedArtists()
    {
        OperationAssert.Matches(new GetArtistRelatedArtistsRequest(Id).Operation, "get-an-artists-related-artists", HttpMethod.Get, "/artists/{id}/related-artists", [], isIdempotent: true, isDeprecated: true);
    }
}
