using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Albums;

public sealed class GetAlbumRequestTests
{
    private const string Id = "4aawyAB9vmqN3uQ7FjRGTy";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4aawyAB9vmqN3uQ7FjRGT")]
    [InlineData("4aawyAB9vmqN3uQ7FjRG/y")]
    [InlineData("..")]
    public void Validate_InvalidId_ThrowsNamingId(string? id)
    {
        var request = new GetAlbumRequest(id!);

        var exception = Assert.ThrowsAny<ArgumentException>(request.Validate);

        Assert.Equal("Id", exception.ParamName);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("USA")]
    [InlineData("from_token")]
    public void Validate_InvalidMarket_ThrowsNamingMarket(string market)
    {
        var request = new GetAlbumRequest(Id) { Market = market };

        var exception = Assert.ThrowsAny<ArgumentException>(request.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void Validate_ValidIdAndMarket_DoesNotThrow()
    {
        var request = new GetAlbumRequest(Id) { Market = "ES" };

        Assert.Null(Record.Exception(request.Validate));
    }

    [Fact]
    public void BuildRelativeUri_IdOnly_OmitsMarket()
    {
        Assert.Equal("albums/4aawyAB9vmqN3uQ7FjRGTy", new GetAlbumRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_WithMarket_AddsQuery()
    {
        Assert.Equal("albums/4aawyAB9vmqN3uQ7FjRGTy?market=ES", new GetAlbumRequest(Id) { Market = "ES" }.BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_UnvalidatedHostileId_StaysOneEscapedSegment()
    {
        var uri = new GetAlbumRequest("x/../../me?a=b#c").BuildRelativeUri();

        Assert.Equal("albums/x%2F..%2F..%2Fme%3Fa%3Db%23c", uri);
    }

    [Fact]
    public void Operation_Definition_MatchesGetAnAlbum()
    {
        OperationAssert.Matches(new GetAlbumRequest(Id).Operation, "get-an-album", HttpMethod.Get, "/albums/{id}", [], isIdempotent: true, isDeprecated: false);
        Assert.Same(ScopeRequirement.None, new GetAlbumRequest(Id).RequiredScopes);
    }

    [Fact]
    public void ToString_Request_ShowsArguments()
    {
        var text = new GetAlbumRequest(Id) { Market = "ES" }.ToString();

        Assert.Contains(Id, text, StringComparison.Ordinal);
        Assert.Contains("ES", text, StringComparison.Ordinal);
    }
}
