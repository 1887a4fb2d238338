using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Markets;

public sealed class GetAvailableMarketsRequestTests
{
    [Fact]
    public void BuildRelativeUri_NoArguments_FixedPath()
    {
        Assert.Equal("markets", new GetAvailableMarketsRequest().BuildRelativeUri());
    }

    [Fact]
    public void Validate_NoArguments_DoesNotThrow()
    {
        Assert.Null(Record.Exception(new GetAvailableMarketsRequest().Validate));
    }

    [Fact]
    public void Operation_Definition_MatchesGetAvailableMarkets()
    {
        OperationAssert.Matches(new GetAvailableMarketsRequest().Operation, "get-available-markets", HttpMethod.Get, "/markets", [], isIdempotent: true, isDeprecated: true);
    }
}
