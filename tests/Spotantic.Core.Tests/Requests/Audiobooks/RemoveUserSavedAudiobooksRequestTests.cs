using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Audiobooks;

public sealed class RemoveUserSavedAudiobooksRequestTests
{
    private const string First = "4rOoJ6Egrf8K2IrywzwOMk";
    private const string Second = "5CfCWKI5pZ28U0uOzXkDHe";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new RemoveUserSavedAudiobooksRequest(null!).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new RemoveUserSavedAudiobooksRequest([]).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, RemoveUserSavedAudiobooksRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new RemoveUserSavedAudiobooksRequest(ids).Validate));
        Assert.Equal(50, RemoveUserSavedAudiobooksRequest.MaxIds);
    }

    [Theory]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH,")]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new RemoveUserSavedAudiobooksRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        var uri = new RemoveUserSavedAudiobooksRequest([First, Second]).BuildRelativeUri();

        Assert.Equal("me/audiobooks?ids=4rOoJ6Egrf8K2IrywzwOMk%2C5CfCWKI5pZ28U0uOzXkDHe", uri);
    }

    [Fact]
    public void Operation_Definition_MatchesRemoveAudiobooksUser()
    {
        OperationAssert.Matches(new RemoveUserSavedAudiobooksRequest([First]).Operation, "remove-audiobooks-user", HttpMethod.Delete, "/me/audiobooks", [SpotifyScopes.UserLibraryModify], isIdempotent: true, isDeprecated: true);
    }
}
