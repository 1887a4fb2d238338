using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Library;

public sealed class LibraryRequestTests
{
    private const string Track = "spotify:track:7a3LWj5xSFhFRYmztS8wgK";
    private const string Album = "spotify:album:4aawyAB9vmqN3uQ7FjRGTy";
    private const string Episode = "spotify:episode:512ojhOuo1ktJprKbVcKyQ";
    private const string Show = "spotify:show:38bS44xjbVVZ3No3ByF1dJ";
    private const string Audiobook = "spotify:audiobook:7iHfbu1YPACw6oZPAFJtqe";
    private const string Artist = "spotify:artist:2takcwOaAZWiXQijPHIx7B";
    private const string User = "spotify:user:smedjan";
    private const string Playlist = "spotify:playlist:3cEYpjA9oz9GiPac4AsH4n";

    public static TheoryData<string[], string[], string[]> ModifyRules => new()
    {
        // URIs, a token that is enough, the scopes a token without any of them lacks.
        { [Track, Album, Episode, Show, Audiobook], [SpotifyScopes.UserLibraryModify], [SpotifyScopes.UserLibraryModify] },
        { [Artist], [SpotifyScopes.UserFollowModify], [SpotifyScopes.UserFollowModify] },
        { [User, Artist], [SpotifyScopes.UserFollowModify], [SpotifyScopes.UserFollowModify] },
        { [Playlist], [SpotifyScopes.PlaylistModifyPrivate], [SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate] },
        { [Track, Artist], [SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify], [SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify] },
        { [Track, Playlist, User], [SpotifyScopes.UserLibraryModify, SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.UserFollowModify], [SpotifyScopes.UserLibraryModify, SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate, SpotifyScopes.UserFollowModify] },
    };

    public static TheoryData<string[], string[]> ReadRules => new()
    {
        { [Track, Show, Audiobook], [SpotifyScopes.UserLibraryRead] },
        { [Artist, User], [SpotifyScopes.UserFollowRead] },
        { [Playlist], [SpotifyScopes.PlaylistReadPrivate] },
        { [Album, Artist, Playlist], [SpotifyScopes.UserLibraryRead, SpotifyScopes.UserFollowRead, SpotifyScopes.PlaylistReadPrivate] },
    };

    [Theory]
    [MemberData(nameof(ModifyRules))]
    public void SaveAndRemove_RequiredScopes_FollowEachUriType(string[] uris, string[] enough, string[] missingFromEmpty)
    {
        foreach (SpotifyRequest request in new SpotifyRequest[] { new SaveLibraryItemsRequest(uris), new RemoveLibraryItemsRequest(uris) })
        {
            Assert.Empty(request.RequiredScopes.GetMissing(enough.ToHashSet()));
            Assert.Equal(missingFromEmpty.Order(StringComparer.Ordinal), request.RequiredScopes.GetMissing(new HashSet<string>()).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(ReadRules))]
    public void Contains_RequiredScopes_FollowEachUriType(string[] uris, string[] needed)
    {
        var request = new CheckLibraryContainsRequest(uris);

        Assert.Empty(request.RequiredScopes.GetMissing(needed.ToHashSet()));
        Assert.Equal(needed.Order(StringComparer.Ordinal), request.RequiredScopes.GetMissing(new HashSet<string>()).Order(StringComparer.Ordinal));
        foreach (var scope in needed.Where(_ => needed.Length > 1))
        {
            Assert.Equal([scope], request.RequiredScopes.GetMissing(needed.Where(s => s != scope).ToHashSet()));
        }
    }

    [Fact]
    public void Save_TracksWithLibraryModifyOnly_ArtistAddedNeedsFollowModify()
    {
        var granted = new HashSet<string> { SpotifyScopes.UserLibraryModify };

        Assert.Empty(new SaveLibraryItemsRequest([Track, Album]).RequiredScopes.GetMissing(granted));
        Assert.Equal([SpotifyScopes.UserFollowModify], new SaveLibraryItemsRequest([Track, Artist]).RequiredScopes.GetMissing(granted));
    }

    [Fact]
    public void Save_ReadScopesOnly_NotEnoughForWrites()
    {
        var granted = new HashSet<string> { SpotifyScopes.UserLibraryRead, SpotifyScopes.UserFollowRead, SpotifyScopes.PlaylistReadPrivate };

        Assert.Equal(
            [SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify, SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate],
            new SaveLibraryItemsRequest([Track, Artist, Playlist]).RequiredScopes.GetMissing(granted));
    }

    [Fact]
    public void BuildRelativeUri_MixedUris_CommaJoinedAndEscaped()
    {
        Assert.Equal("me/library?uris=spotify%3Atrack%3A7a3LWj5xSFhFRYmztS8wgK%2Cspotify%3Auser%3Asmedjan", new SaveLibraryItemsRequest([Track, User]).BuildRelativeUri());
        Assert.Equal("me/library?uris=spotify%3Aalbum%3A4aawyAB9vmqN3uQ7FjRGTy", new RemoveLibraryItemsRequest([Album]).BuildRelativeUri());
        Assert.Equal("me/library/contains?uris=spotify%3Aartist%3A2takcwOaAZWiXQijPHIx7B", new CheckLibraryContainsRequest([Artist]).BuildRelativeUri());
        Assert.Null(new SaveLibraryItemsRequest([Track]).BuildContent());
    }

    [Fact]
    public void Validate_EveryAcceptedType_DoesNotThrow()
    {
        string[] uris = [Track, Album, Episode, Show, Audiobook, Artist, User, Playlist, "spotify:user:alice.example", "spotify:user:1234567"];

        Assert.Null(Record.Exception(new SaveLibraryItemsRequest(uris).Validate));
        Assert.Null(Record.Exception(new RemoveLibraryItemsRequest(uris).Validate));
        Assert.Null(Record.Exception(new CheckLibraryContainsRequest(uris).Validate));
    }

    [Theory]
    [InlineData("spotify:chapter:0D5wENdkdwbqlrHoaJ9g29")]
    [InlineData("spotify:local:Artist:Album:Title:210")]
    [InlineData("spotify:track:7a3LWj5xSFhFRYmztS8wg")]
    [InlineData("spotify:track:7a3LWj5xSFhFRYmztS8wgK,spotify:track:7a3LWj5xSFhFRYmztS8wgK")]
    [InlineData("spotify:Track:7a3LWj5xSFhFRYmztS8wgK")]
    [InlineData("7a3LWj5xSFhFRYmztS8wgK")]
    [InlineData("https://open.spotify.com/track/7a3LWj5xSFhFRYmztS8wgK")]
    [InlineData("spotify:user:")]
    [InlineData("spotify:user:a b")]
    [InlineData("spotify:user:a,b")]
    [InlineData("spotify:user:..")]
    [InlineData("")]
    public void Validate_UriNotForTheLibrary_ThrowsNamingUrisAndIndex(string invalid)
    {
        foreach (SpotifyRequest request in new SpotifyRequest[] { new SaveLibraryItemsRequest([Track, invalid]), new RemoveLibraryItemsRequest([Track, invalid]), new CheckLibraryContainsRequest([Track, invalid]) })
        {
            var exception = Assert.ThrowsAny<ArgumentException>(request.Validate);

            Assert.Equal("Uris", exception.ParamName);
            Assert.Contains("Uris[1]", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_NullOrEmpty_ThrowsNamingUris()
    {
        Assert.Equal("Uris", Assert.ThrowsAny<ArgumentException>(new SaveLibraryItemsRequest(null!).Validate).ParamName);
        Assert.Equal("Uris", Assert.ThrowsAny<ArgumentException>(new CheckLibraryContainsRequest([]).Validate).ParamName);
        Assert.Equal("Uris", Assert.ThrowsAny<ArgumentException>(new RemoveLibraryItemsRequest([null!]).Validate).ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxUris_AcceptedForTheClientToSplit()
    {
        var uris = Enumerable.Repeat(Track, SaveLibraryItemsRequest.MaxUris * 3).ToArray();

        Assert.Null(Record.Exception(new SaveLibraryItemsRequest(uris).Validate));
        Assert.Equal(40, SaveLibraryItemsRequest.MaxUris);
        Assert.Equal(40, RemoveLibraryItemsRequest.MaxUris);
        Assert.Equal(40, CheckLibraryContainsRequest.MaxUris);
    }

    [Fact]
    public void WithBatchItems_ChunkOfTracksOnly_CarriesTheWholeListsRule()
    {
        ISpotifyBatchRequest<SaveLibraryItemsRequest> whole = new SaveLibraryItemsRequest([Track, Artist]);

        var chunk = whole.WithBatchItems([Track]);

        Assert.Equal([Track], chunk.Uris);
        Assert.Equal([SpotifyScopes.UserFollowModify], chunk.RequiredScopes.GetMissing(new HashSet<string> { SpotifyScopes.UserLibraryModify }));
        Assert.Empty(new SaveLibraryItemsRequest([Track]).RequiredScopes.GetMissing(new HashSet<string> { SpotifyScopes.UserLibraryModify }));
    }

    [Fact]
    public void Definitions_OperationRule_AnyScopeSomeTypeNeeds()
    {
        Assert.Empty(SaveLibraryItemsRequest.Definition.Scopes.GetMissing(new HashSet<string> { SpotifyScopes.PlaylistModifyPrivate }));
        Assert.NotEmpty(SaveLibraryItemsRequest.Definition.Scopes.GetMissing(new HashSet<string> { SpotifyScopes.UserLibraryRead }));
        Assert.Empty(CheckLibraryContainsRequest.Definition.Scopes.GetMissing(new HashSet<string> { SpotifyScopes.UserFollowRead }));
        Assert.Equal(HttpMethod.Put, SaveLibraryItemsRequest.Definition.Method);
        Assert.Equal(HttpMethod.Delete, RemoveLibraryItemsRequest.Definition.Method);
        Assert.Equal(HttpMethod.Get, CheckLibraryContainsRequest.Definition.Method);
    }
}
