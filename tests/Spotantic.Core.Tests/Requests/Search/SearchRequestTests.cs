using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Search;

public sealed class SearchRequestTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_MissingQuery_ThrowsNamingQuery(string? query)
    {
        Assert.Equal("Query", Assert.ThrowsAny<ArgumentException>(new SearchRequest(query!, [SearchType.Track]).Validate).ParamName);
    }

    [Fact]
    public void Validate_NullTypes_ThrowsNamingTypes()
    {
        Assert.Equal("Types", Assert.ThrowsAny<ArgumentException>(new SearchRequest("abba", null!).Validate).ParamName);
    }

    [Fact]
    public void Validate_NoTypes_ThrowsNamingTypes()
    {
        Assert.Equal("Types", Assert.ThrowsAny<ArgumentException>(new SearchRequest("abba", []).Validate).ParamName);
    }

    [Fact]
    public void Validate_UndefinedType_ThrowsNamingTypes()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new SearchRequest("abba", [SearchType.Track, (SearchType)42]).Validate);

        Assert.Equal("Types", exception.ParamName);
        Assert.Contains("Types[1]", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Validate_LimitOutsideOneToTen_ThrowsNamingLimit(int limit)
    {
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(new SearchRequest("abba", [SearchType.Track]) { Limit = limit }.Validate).ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public void Validate_OffsetOutsideZeroToThousand_ThrowsNamingOffset(int offset)
    {
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>(new SearchRequest("abba", [SearchType.Track]) { Offset = offset }.Validate).ParamName);
    }

    [Fact]
    public void Validate_BadMarket_ThrowsNamingMarket()
    {
        Assert.Equal("Market", Assert.ThrowsAny<ArgumentException>(new SearchRequest("abba", [SearchType.Track]) { Market = "SWE" }.Validate).ParamName);
    }

    [Fact]
    public void BuildRelativeUri_QueryWithFiltersAndReservedCharacters_EscapedSoNothingLeaksIntoTheRoute()
    {
        var request = new SearchRequest("artist:\"Miles Davis\" a&b=c/../#x?", [SearchType.Track]);

        Assert.Equal("search?q=artist%3A%22Miles%20Davis%22%20a%26b%3Dc%2F..%2F%23x%3F&type=track", request.BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_AllParameters_TypesInGivenOrderWithoutDuplicates()
    {
        var request = new SearchRequest("abba", [SearchType.Album, SearchType.Track, SearchType.Album]) { Market = "SE", Limit = 10, Offset = 20, IncludeExternalAudio = true };

        Assert.Equal("search?q=abba&type=album%2Ctrack&market=SE&limit=10&offset=20&include_external=audio", request.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesSearch()
    {
        OperationAssert.Matches(new SearchRequest("abba", [SearchType.Track]).Operation, "search", HttpMethod.Get, "/search", [], isIdempotent: true, isDeprecated: false);
    }
}
