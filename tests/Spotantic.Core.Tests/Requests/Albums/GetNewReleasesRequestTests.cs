using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Albums;

public sealed class GetNewReleasesRequestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Validate_LimitOutOfRange_ThrowsNamingLimit(int limit)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetNewReleasesRequest { Limit = limit }.Validate);

        Assert.Equal("Limit", exception.ParamName);
    }

    [Fact]
    public void Validate_NegativeOffset_ThrowsNamingOffset()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetNewReleasesRequest { Offset = -20 }.Validate);

        Assert.Equal("Offset", exception.ParamName);
    }

    [Fact]
    public void Validate_LimitAndOffsetInRange_DoesNotThrow()
    {
        Assert.Null(Record.Exception(new GetNewReleasesRequest { Limit = 1, Offset = 0 }.Validate));
    }

    [Fact]
    public void BuildRelativeUri_NoArguments_PlainPath()
    {
        Assert.Equal("browse/new-releases", new GetNewReleasesRequest().BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_LimitAndOffset_InQuery()
    {
        Assert.Equal("browse/new-releases?limit=20&offset=40", new GetNewReleasesRequest { Limit = 20, Offset = 40 }.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetNewReleases()
    {
        OperationAssert.Matches(new GetNewReleasesRequest().Operation, "get-new-releases", HttpMethod.Get, "/browse/new-releases", [], isIdempotent: true, isDeprecated: true);
    }
}
