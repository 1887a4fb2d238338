using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Artists;

public sealed class GetArtistTopTracksRequestTests
{
    private const string Id = "4aawyAB9vmqN3uQ7FjRGTy";

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT%")]
    [InlineData("../../me/player/next00")]
    public void Validate_InvalidId_ThrowsNamingId(string? id)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetArtistTopTracksRequest(id!).Validate);

        Assert.Equal("Id", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_Id_EscapedIntoPath()
    {
        Assert.Equal("artists/4aawyAB9vmqN3uQ7FjRGTy/top-tracks?market=SE", new GetArtistTopTracksRequest(Id) { Market = "SE" }.BuildRelativeUri());
    }

    [Fact]
    public void Validate_LowercaseMarket_ThrowsNamingMarket()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetArtistTopTracksRequest(Id) { Market = "es" }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_NoMarket_OmitsQuery()
    {
        Assert.Equal("artists/4aawyAB9vmqN3uQ7FjRGTy/top-tracks", new GetArtistTopTracksRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetAnArtistsTopTracks()
    {
        OperationAssert.Matches(new GetArtistTopTracksRequest(Id).Operation, "get-an-artists-top-tracks", HttpMethod.Get, "/artists/{id}/top-tracks", [], isIdempotent: true, isDeprecated: true);
    }
}
