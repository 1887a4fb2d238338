using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Episodes;

public sealed class CheckUserSavedEpisodesRequestTests
{
    private const string First = "4rOoJ6Egrf8K2IrywzwOMk";
    private const string Second = "5CfCWKI5pZ28U0uOzXkDHe";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new CheckUserSavedEpisodesRequest(null!).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new CheckUserSavedEpisodesRequest([]).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, CheckUserSavedEpisodesRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new CheckUserSavedEpisodesRequest(ids).Validate));
        Assert.Equal(50, CheckUserSavedEpisodesRequest.MaxIds);
    }

    [Theory]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH,")]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new CheckUserSavedEpisodesRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        var uri = new CheckUserSavedEpisodesRequest([First, Second]).BuildRelativeUri();

        Assert.Equal("me/episodes/contains?ids=4rOoJ6Egrf8K2IrywzwOMk%2C5CfCWKI5pZ28U0uOzXkDHe", uri);
    }

    [Fact]
    public void Operation_Definition_MatchesCheckUsersSavedEpisodes()
    {
        OperationAssert.Matches(new CheckUserSavedEpisodesRequest([First]).Operation, "check-users-saved-episodes", HttpMethod.Get, "/me/episodes/contains", [SpotifyScopes.UserLibraryRead], isIdempotent: true, isDeprecated: true);
    }
}
