using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Albums;

public sealed class RemoveUserSavedAlbumsRequestTests
{
    private const string First = "382ObEPsp2rxGrnsizN5TX";
    private const string Second = "1A2GTWGtFfWp7KSQTwWOyo";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new RemoveUserSavedAlbumsRequest(null!).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new RemoveUserSavedAlbumsRequest([]).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, RemoveUserSavedAlbumsRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new RemoveUserSavedAlbumsRequest(ids).Validate));
        Assert.Equal(20, RemoveUserSavedAlbumsRequest.MaxIds);
    }

    [Fact]
    public void Validate_MaxIds_DoesNotThrow()
    {
        var ids = Enumerable.Repeat(First, RemoveUserSavedAlbumsRequest.MaxIds).ToArray();

        Assert.Null(Record.Exception(new RemoveUserSavedAlbumsRequest(ids).Validate));
    }

    [Theory]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy,")]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new RemoveUserSavedAlbumsRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        var uri = new RemoveUserSavedAlbumsRequest([First, Second]).BuildRelativeUri();

        Assert.Equal("me/albums?ids=382ObEPsp2rxGrnsizN5TX%2C1A2GTWGtFfWp7KSQTwWOyo", uri);
    }

    [Fact]
    public void Operation_Definition_MatchesRemoveAlbumsUser()
    {
        OperationAssert.Matches(new RemoveUserSavedAlbumsRequest([First]).Operation, "remove-albums-user", HttpMethod.Delete, "/me/albums", [SpotifyScopes.UserLibraryModify], isIdempotent: true, isDeprecated: true);
    }
}
