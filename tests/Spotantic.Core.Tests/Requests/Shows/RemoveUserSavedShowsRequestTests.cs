using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Shows;

public sealed class RemoveUserSavedShowsRequestTests
{
    private const string First = "4rOoJ6Egrf8K2IrywzwOMk";
    private const string Second = "5CfCWKI5pZ28U0uOzXkDHe";

    [Fact]
    public void Validate_NullIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new RemoveUserSavedShowsRequest(null!).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new RemoveUserSavedShowsRequest([]).Validate);

        Assert.Equal("Ids", exception.ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        var ids = Enumerable.Repeat(First, RemoveUserSavedShowsRequest.MaxIds * 2 + 5).ToArray();

        Assert.Null(Record.Exception(new RemoveUserSavedShowsRequest(ids).Validate));
        Assert.Equal(50, RemoveUserSavedShowsRequest.MaxIds);
    }

    [Theory]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH,")]
    [InlineData("5CfCWKI5pZ28U0uOzXkDH")]
    [InlineData("../../../me/player/next")]
    public void Validate_OneInvalidId_ThrowsNamingIds(string invalid)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new RemoveUserSavedShowsRequest([First, invalid]).Validate);

        Assert.Equal("Ids", exception.ParamName);
        Assert.Contains("Ids[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LowercaseMarket_ThrowsNamingMarket()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new RemoveUserSavedShowsRequest([First]) { Market = "es" }.Validate);

        Assert.Equal("Market", exception.ParamName);
    }

    [Fact]
    public void BuildRelativeUri_WithMarket_IdsThenMarket()
    {
        Assert.Equal("me/shows?ids=4rOoJ6Egrf8K2IrywzwOMk&market=ES", new RemoveUserSavedShowsRequest([First]) { Market = "ES" }.BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_TwoIds_CommaJoinedAndEscaped()
    {
        var uri = new RemoveUserSavedShowsRequest([First, Second]).BuildRelativeUri();

        Assert.Equal("me/shows?ids=4rOoJ6Egrf8K2IrywzwOMk%2C5CfCWKI5pZ28U0uOzXkDHe", uri);
    }

    [Fact]
    public void Operation_Definition_MatchesRemoveShowsUser()
    {
        OperationAssert.Matches(new RemoveUserSavedShowsRequest([First]).Operation, "remove-shows-user", HttpMethod.Delete, "/me/shows", [SpotifyScopes.UserLibraryModify], isIdempotent: true, isDeprecated: true);
    }
}
