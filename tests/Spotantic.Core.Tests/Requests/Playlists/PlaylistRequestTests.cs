using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Playlists;

public sealed class PlaylistRequestTests
{
    private const string Id = "3cEYpjA9oz9GiPac4AsH4n";

    [Fact]
    public void BuildRelativeUri_GetPlaylistWithEveryOption_EscapesFields()
    {
        var request = new GetPlaylistRequest(Id) { Market = "ES", Fields = "items(added_by.id,track(name))", AdditionalTypes = ["track", "episode"] };

        Assert.Equal("playlists/3cEYpjA9oz9GiPac4AsH4n?market=ES&fields=items%28added_by.id%2Ctrack%28name%29%29&additional_types=track%2Cepisode", request.BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_UnvalidatedHostileId_StaysOneEscapedSegment()
    {
        Assert.Equal("playlists/x%2F..%2F..%2Fme%3Fa%3Db%23c/items", new GetPlaylistItemsRequest("x/../../me?a=b#c").BuildRelativeUri());
    }

    [Theory]
    [InlineData("album")]
    [InlineData("Episode")]
    public void Validate_UnknownAdditionalType_ThrowsNamingAdditionalTypes(string type)
    {
        Assert.Equal("AdditionalTypes", Assert.ThrowsAny<ArgumentException>(new GetPlaylistRequest(Id) { AdditionalTypes = [type] }.Validate).ParamName);
        Assert.Equal("AdditionalTypes", Assert.ThrowsAny<ArgumentException>(new GetPlaylistItemsRequest(Id) { AdditionalTypes = ["track", type] }.Validate).ParamName);
    }

    [Fact]
    public void Validate_BlankFieldsOrBadMarket_Rejected()
    {
        Assert.Equal("Fields", Assert.ThrowsAny<ArgumentException>(new GetPlaylistRequest(Id) { Fields = " " }.Validate).ParamName);
        Assert.Equal("Market", Assert.ThrowsAny<ArgumentException>(new GetPlaylistItemsRequest(Id) { Market = "es" }.Validate).ParamName);
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>(new GetPlaylistItemsRequest(Id) { Offset = -1 }.Validate).ParamName);
    }

    [Fact]
    public void Validate_CurrentUserPlaylistsOffsetAboveSpecMaximum_ThrowsNamingOffset()
    {
        Assert.Equal("Offset", Assert.ThrowsAny<ArgumentException>(new GetCurrentUserPlaylistsRequest { Offset = 100_001 }.Validate).ParamName);
        Assert.Null(Record.Exception(new GetCurrentUserPlaylistsRequest { Offset = 100_000 }.Validate));
    }

    [Fact]
    public void RequiredScopes_Reads_None()
    {
        Assert.Same(ScopeRequirement.None, new GetPlaylistRequest(Id).RequiredScopes);
        Assert.Same(ScopeRequirement.None, new GetPlaylistItemsRequest(Id).RequiredScopes);
        Assert.Same(ScopeRequirement.None, new GetCurrentUserPlaylistsRequest().RequiredScopes);
        Assert.Same(ScopeRequirement.None, new GetPlaylistCoverImageRequest(Id).RequiredScopes);
    }

    [Fact]
    public async Task BuildContent_ChangeDetails_OnlySetFields()
    {
        var request = new ChangePlaylistDetailsRequest(Id) { Name = "New", Public = false };

        Assert.Equal("playlists/3cEYpjA9oz9GiPac4AsH4n", request.BuildRelativeUri());
        Assert.Equal("""{"name":"New","public":false}""", await request.BuildContent().ReadAsStringAsync());
    }

    [Fact]
    public void Validate_ChangeDetailsNothingSetOrCollaborativePublic_Rejected()
    {
        Assert.Equal("Name", Assert.ThrowsAny<ArgumentException>(new ChangePlaylistDetailsRequest(Id).Validate).ParamName);
        Assert.Equal("Collaborative", Assert.ThrowsAny<ArgumentException>(new ChangePlaylistDetailsRequest(Id) { Public = true, Collaborative = true }.Validate).ParamName);
        Assert.Equal("Name", Assert.ThrowsAny<ArgumentException>(new ChangePlaylistDetailsRequest(Id) { Name = "" }.Validate).ParamName);
    }

    [Fact]
    public async Task BuildContent_CreatePlaylist_NameAndSetFlags()
    {
        var request = new CreatePlaylistRequest("Road trip") { Public = false, Collaborative = true, Description = "Long drives" };

        Assert.Equal("me/playlists", request.BuildRelativeUri());
        Assert.Equal("""{"name":"Road trip","public":false,"collaborative":true,"description":"Long drives"}""", await request.BuildContent().ReadAsStringAsync());
        Assert.Equal("users/smedjan/playlists", new CreatePlaylistForUserRequest("smedjan", "x").BuildRelativeUri());
    }

    [Fact]
    public void Validate_CreateCollaborativeWithoutPrivate_ThrowsNamingCollaborative()
    {
        Assert.Equal("Collaborative", Assert.ThrowsAny<ArgumentException>(new CreatePlaylistRequest("x") { Collaborative = true }.Validate).ParamName);
        Assert.Null(Record.Exception(new CreatePlaylistRequest("x") { Collaborative = true, Public = false }.Validate));
        Assert.Equal("Name", Assert.ThrowsAny<ArgumentException>(new CreatePlaylistRequest(" ").Validate).ParamName);
        Assert.Equal("UserId", Assert.ThrowsAny<ArgumentException>(new CreatePlaylistForUserRequest("a b", "x").Validate).ParamName);
    }

    [Fact]
    public void RequiredScopes_CreatePrivate_NeedsModifyPrivate()
    {
        var publicOnly = new HashSet<string>(StringComparer.Ordinal) { SpotifyScopes.PlaylistModifyPublic };

        Assert.Empty(new CreatePlaylistRequest("x").RequiredScopes.GetMissing(publicOnly));
        Assert.Equal([SpotifyScopes.PlaylistModifyPrivate], new CreatePlaylistRequest("x") { Public = false }.RequiredScopes.GetMissing(publicOnly));
        Assert.Equal([SpotifyScopes.PlaylistModifyPrivate], new CreatePlaylistForUserRequest("me", "x") { Public = false, Collaborative = true }.RequiredScopes.GetMissing(publicOnly));
    }

    [Fact]
    public void BuildRelativeUri_UserPlaylists_EscapesUserId()
    {
        Assert.Equal("users/a.b%2Fc/playlists?limit=5", new GetUserPlaylistsRequest("a.b/c") { Limit = 5 }.BuildRelativeUri());
    }
}
