using Spotantic.Core.Tests.TestSupport;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Artists;

public sealed class GetArtistAlbumsRequestTests
{
    private const string Id = "0TnOYISbd1XYRBk9myaseg";

    [Theory]
    [InlineData(null)]
    [InlineData("0TnOYISbd1XYRBk9myase")]
    [InlineData("0TnOYISbd1XYRBk9myase?")]
    public void Validate_InvalidId_ThrowsNamingId(string? id)
    {
        Assert.Equal("Id", Assert.ThrowsAny<ArgumentException>(new GetArtistAlbumsRequest(id!).Validate).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-1)]
    public void Validate_LimitOutsideOneToTen_ThrowsNamingLimit(int limit)
    {
        Assert.Equal("Limit", Assert.ThrowsAny<ArgumentException>(new GetArtistAlbumsRequest(Id) { Limit = limit }.Validate).ParamName);
    }

    [Fact]
    public void Validate_NegativeOffset_ThrowsNamingOffset()
    {
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>(new GetArtistAlbumsRequest(Id) { Offset = -1 }.Validate).ParamName);
    }

    [Fact]
    public void Validate_UnknownGroup_ThrowsNamingIncludeGroups()
    {
        var request = new GetArtistAlbumsRequest(Id) { IncludeGroups = [AlbumGroup.Album, new AlbumGroup("mixtape")] };

        var exception = Assert.ThrowsAny<ArgumentException>(request.Validate);

        Assert.Equal("IncludeGroups", exception.ParamName);
        Assert.Contains("IncludeGroups[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyGroups_ThrowsNamingIncludeGroups()
    {
        Assert.Equal("IncludeGroups", Assert.ThrowsAny<ArgumentException>(new GetArtistAlbumsRequest(Id) { IncludeGroups = [] }.Validate).ParamName);
    }

    [Fact]
    public void Validate_EveryKnownGroupAndLimitTen_DoesNotThrow()
    {
        var request = new GetArtistAlbumsRequest(Id) { IncludeGroups = [AlbumGroup.Album, AlbumGroup.Single, AlbumGroup.AppearsOn, AlbumGroup.Compilation], Limit = 10, Offset = 0, Market = "US" };

        Assert.Null(Record.Exception(request.Validate));
    }

    [Fact]
    public void BuildRelativeUri_AllParameters_GroupsCommaJoined()
    {
        var request = new GetArtistAlbumsRequest(Id) { IncludeGroups = [AlbumGroup.Single, AlbumGroup.AppearsOn], Market = "ES", Limit = 10, Offset = 5 };

        Assert.Equal("artists/0TnOYISbd1XYRBk9myaseg/albums?include_groups=single%2Cappears_on&market=ES&limit=10&offset=5", request.BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_IdOnly_OmitsQuery()
    {
        Assert.Equal("artists/0TnOYISbd1XYRBk9myaseg/albums", new GetArtistAlbumsRequest(Id).BuildRelativeUri());
    }

    [Fact]
    public void Operation_Definition_MatchesGetAnArtistsAlbums()
    {
        OperationAssert.Matches(new GetArtistAlbumsRequest(Id).Operation, "get-an-artists-albums", HttpMethod.Get, "/artists/{id}/albums", [], isIdempotent: true, isDeprecated: false);
    }
}
