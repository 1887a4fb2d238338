using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Albums;

public sealed class CheckUserSavedAlbumsRequestTests
{
    private const string First = "382ObEPsp2rxGrnsizN5TX";
    private const string Second = "1A2GTWGtFfWp7KSQTwWOyo";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new CheckUserSavedAlbumsRequest(null!).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new CheckUserSavedAlbumsRequest([]).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, CheckUserSavedAlbumsRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new CheckUserSavedAlbumsRequest(ids).Validate));
        Assert.Equal(20, CheckUserSavedAlbumsRequest.MaxIds);
    }

    [Fact]
    public void Validate_MaxIds_DoesNotThrow()
    {
        var ids = Enumerable.Repeat(First, CheckUserSavedAlbumsRequest.MaxIds).ToArray();

        Assert.Null(Record.Exception(new CheckUserSavedAlbumsRequest(ids).Validate));
    }

    [Theory]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy,")]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new CheckUserSavedAlbumsRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        var uri = new CheckUserSavedAlbumsRequest([First, Second]).BuildRelativeUri();

        Assert.Equal("me/albums/contains?ids=382ObEPsp2rxGrnsizN5TX%2C1A2GTWGtFfWp7KSQTwWOyo", uri);
    }

    [Fact]
    public void Operation_Definition_MatchesCheckUsersSavedAlbums()
    {
        OperationAssert.Matches(new CheckUserSavedAlbumsRequest([First]).Operation, "check-users-saved-albums", HttpMethod.Get, "/me/albums/contains", [SpotifyScopes.UserLibraryRead], isIdempotent: true, isDeprecated: true);
    }
}
