using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Audiobooks;

public sealed class CheckUserSavedAudiobooksRequestTests
{
    private const string First = "4rOoJ6Egrf8K2IrywzwOMk";
    private const string Second = "5CfCWKI5pZ28U0uOzXkDHe";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new CheckUserSavedAudiobooksRequest(null!).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new CheckUserSavedAudiobooksRequest([]).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, CheckUserSavedAudiobooksRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new CheckUserSavedAudiobooksRequest(ids).Validate));
        Assert.Equal(50, CheckUserSavedAudiobooksRequest.MaxIds);
    }

    [Theory]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH,")]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new CheckUserSavedAudiobooksRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        var uri = new CheckUserSavedAudiobooksRequest([First, Second]).BuildRelativeUri();

        Assert.Equal("me/audiobooks/contains?ids=4rOoJ6Egrf8K2IrywzwOMk%2C5CfCWKI5pZ28U0uOzXkDHe", uri);
    }

    [Fact]
    public void Operation_Definition_MatchesCheckUsersSavedAudiobooks()
    {
        OperationAssert.Matches(new CheckUserSavedAudiobooksRequest([First]).Operation, "check-users-saved-audiobooks", HttpMethod.Get, "/me/audiobooks/contains", [SpotifyScopes.UserLibraryRead], isIdempotent: true, isDeprecated: true);
    }
}
