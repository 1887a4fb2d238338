using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Albums;

public sealed class GetAlbumTracksRequestTests
{
    private const string Id = "4aawyAB9vmqN3uQ7FjRGTy";

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT%")]
    public void Validate_InvalidId_ThrowsNamingId(string? id)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAlbumTracksRequest(id!).Validate);

        Assert.Equal("Id", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    [InlineData(-5)]
    public void Validate_LimitOutOfRange_ThrowsNamingLimit(int limit)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAlbumTracksRequest(Id) { Limit = limit }.Validate);

        Assert.Equal("Limit", exception.ParamName);
    }

    [Fact]
    public void Validate_NegativeOffset_ThrowsNamingOffset()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAlbumTracksRequest(Id) { Offset = -1 }.Validate);

        Assert.Equal("Offset", exception.ParamName);
    }

    [Fact]
    public void Validate_LowercaseMarket_ThrowsNamingMarket()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetAlbumTracksRequest(Id) { Market = "es" }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void Validate_AllArgumentsAtTheirLimits_DoesNotThrow()
    {
        var request = new GetAlbumTracksRequest(Id) { Limit = 50, Offset = 0, Market = "US" };

        Assert.Null(Record.Exception(request.Validate));
    }

    [Fact]
    public void BuildRelativeUri_IdOnly_OmitsNullParameters()
    {
        Assert.Equal("albums/4aawyAB9vmqN3uQ7FjRGTy/tracks", new GetAlbumTracksRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_AllParameters_InSpecOrder()
    {
        var request = new GetAlbumTracksRequest(Id) { Market = "ES", Limit = 10, Offset = 5 };

        Assert.Equal("albums/4aawyAB9vmqN3uQ7FjRGTy/tracks?market=ES&limit=10&offset=5", request.BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_OffsetOnly_StartsQueryWithOffset()
    {
        Assert.Equal("albums/4aawyAB9vmqN3uQ7FjRGTy/tracks?offset=0", new GetAlbumTracksRequest(Id) { Offset = 0 }.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetAnAlbumsTracks()
    {
        OperationAssert.Matches(new GetAlbumTracksRequest(Id).Operation, "get-an-albums-tracks", HttpMethod.Get, "/albums/{id}/tracks", [], isIdempotent: true, isDeprecated: false);
    }
}
