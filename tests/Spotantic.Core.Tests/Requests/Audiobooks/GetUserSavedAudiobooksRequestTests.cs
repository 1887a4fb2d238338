using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Audiobooks;

public sealed class GetUserSavedAudiobooksRequestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Validate_LimitOutOfRange_ThrowsNamingLimit(int limit)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetUserSavedAudiobooksRequest { Limit = limit }.Validate);

        Assert.Equal("Limit", exception.ParamName);
    }

    [Fact]
    public void Validate_NegativeOffset_ThrowsNamingOffset()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new GetUserSavedAudiobooksRequest { Offset = -1 }.Validate);

        Assert.Equal("Offset", exception.ParamName);
    }

    [Fact]
    public void Validate_NoArguments_DoesNotThrow()
    {
        Assert.Null(Record.Exception(new GetUserSavedAudiobooksRequest().Validate));
    }

    [Fact]
    public void BuildRelativeUri_NoArguments_NoQuery()
    {
        Assert.Equal("me/audiobooks", new GetUserSavedAudiobooksRequest().BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_AllParameters_InSpecOrder()
    {
        Assert.Equal("me/audiobooks?limit=10&offset=5", new GetUserSavedAudiobooksRequest { Limit = 10, Offset = 5 }.BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetUsersSavedAudiobooks()
    {
        OperationAssert.Matches(new GetUserSavedAudiobooksRequest().Operation, "get-users-saved-audiobooks", HttpMethod.Get, "/me/audiobooks", [SpotifyScopes.UserLibraryRead], isIdempotent: true, isDeprecated: false);
    }
}
