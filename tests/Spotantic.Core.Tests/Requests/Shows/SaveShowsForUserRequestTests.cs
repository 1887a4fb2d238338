using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Shows;

public sealed class SaveShowsForUserRequestTests
{
    private const string First = "4rOoJ6Egrf8K2IrywzwOMk";
    private const string Second = "5CfCWKI5pZ28U0uOzXkDHe";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new SaveShowsForUserRequest(null!).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new SaveShowsForUserRequest([]).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, SaveShowsForUserRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new SaveShowsForUserRequest(ids).Validate));
        Assert.Equal(50, SaveShowsForUserRequest.MaxIds);
    }

    [Theory]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH,")]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new SaveShowsForUserRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        var uri = new SaveShowsForUserRequest([First, Second]).BuildRelativeUri();

        Assert.Equal("me/shows?ids=4rOoJ6Egrf8K2IrywzwOMk%2C5CfCWKI5pZ28U0uOzXkDHe", uri);
    }

    [Fact]
    public void Operation_Definition_MatchesSaveShowsUser()
    {
        OperationAssert.Matches(new SaveShowsForUserRequest([First]).Operation, "save-shows-user", HttpMethod.Put, "/me/shows", [SpotifyScopes.UserLibraryModify], isIdempotent: true, isDeprecated: true);
    }
}
