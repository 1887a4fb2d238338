using Spotantic.Core.Tests.TestSupport;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Tracks;

public sealed class CheckUserSavedTracksRequestTests
{
    private const string First = "382ObEPsp2rxGrnsizN5TX";
    private const string Second = "1A2GTWGtFfWp7KSQTwWOyo";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new CheckUserSavedTracksRequest(null!).Validate).ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new CheckUserSavedTracksRequest([]).Validate).ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, CheckUserSavedTracksRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new CheckUserSavedTracksRequest(ids).Validate));
        Assert.Equal(50, CheckUserSavedTracksRequest.MaxIds);
    }

    [Theory]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy,")]
    [InlineData("1A2GTWGtFfWp7KSQTwWOy")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new CheckUserSavedTracksRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        Assert.Equal("me/tracks/contains?ids=382ObEPsp2rxGrnsizN5TX%2C1A2GTWGtFfWp7KSQTwWOyo", new CheckUserSavedTracksRequest([First, Second]).BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesCheckUsersSavedTracks()
    {
        OperationAssert.Matches(new CheckUserSavedTracksRequest([First]).Operation, "check-users-saved-tracks", HttpMethod.Get, "/me/tracks/contains", ["user-library-read"], isIdempotent: true, isDeprecated: true);
    }
}
