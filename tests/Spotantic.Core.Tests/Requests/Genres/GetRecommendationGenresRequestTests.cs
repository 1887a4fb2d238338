using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Genres;

public sealed class GetRecommendationGenresRequestTests
{
    [Fact]
    public void BuildRelativeUri_NoArguments_FixedPath()
    {
        Assert.Equal("recommendations/available-genre-seeds", new GetRecommendationGenresRequest().BuildRelativeUri());
    }

    [Fact]
    public void Validate_NoArguments_DoesNotThrow()
    {
        Assert.Null(Record.Exception(new GetRecommendationGenresRequest().Validate));
    }

    [Fact]
    public void Operation_Definition_MatchesGetRecommendationGenres()
    {
        OperationAssert.Matches(new GetRecommendationGenresRequest().Operation, "get-recommendation-genres", HttpMethod.Get, "/recommendations/available-genre-seeds", [], isIdempotent: true, isDeprecated: true);
    }
}
