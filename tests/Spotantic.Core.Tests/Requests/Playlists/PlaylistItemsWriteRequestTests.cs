using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Playlists;

public sealed class PlaylistItemsWriteRequestTests
{
    private const string Id = "3cEYpjA9oz9GiPac4AsH4n";
    private const string Track = "spotify:track:4iV5W9uYEdYUVa79Axb7Rh";
    private const string Episode = "spotify:episode:512ojhOuo1ktJprKbVcKyQ";

    [Theory]
    [InlineData("spotify:album:4aawyAB9vmqN3uQ7FjRGTy")]
    [InlineData("spotify:local:Artist:Album:Title:180")]
    [InlineData("spotify:track:short")]
    [InlineData("4iV5W9uYEdYUVa79Axb7Rh")]
    [InlineData("https://open.spotify.com/track/4iV5W9uYEdYUVa79Axb7Rh")]
    [InlineData("")]
    public void Validate_AddNonTrackOrEpisodeUri_ThrowsNamingUris(string uri)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(new AddItemsToPlaylistRequest(Id, [Track, uri]).Validate);

        Assert.Equal("Uris", exception.ParamName);
    }

    [Fact]
    public void Validate_AddEmptyOrNullUris_ThrowsNamingUris()
    {
        Assert.Equal("Uris", Assert.ThrowsAny<ArgumentException>(new AddItemsToPlaylistRequest(Id, []).Validate).ParamName);
        Assert.Equal("Uris", Assert.ThrowsAny<ArgumentException>(new AddItemsToPlaylistRequest(Id, null!).Validate).ParamName);
    }

    [Fact]
    public void Validate_AddMoreThanOneCallHolds_Accepted()
    {
        var uris = Enumerable.Repeat(Track, 250).ToArray();

        Assert.Null(Record.Exception(new AddItemsToPlaylistRequest(Id, uris).Validate));
    }

    [Fact]
    public void Validate_NegativePosition_ThrowsNamingPosition()
    {
        Assert.Equal("Position", Assert.ThrowsAny<ArgumentException>(new AddItemsToPlaylistRequest(Id, [Track]) { Position = -1 }.Validate).ParamName);
    }

    [Theory]
    [InlineData("../me")]
    [InlineData("3cEYpjA9oz9GiPac4AsH4")]
    public void Validate_BadPlaylistId_ThrowsNamingPlaylistId(string id)
    {
        Assert.Equal("PlaylistId", Assert.ThrowsAny<ArgumentException>(new AddItemsToPlaylistRequest(id, [Track]).Validate).ParamName);
        Assert.Equal("PlaylistId", Assert.ThrowsAny<ArgumentException>(new RemovePlaylistItemsRequest(id, [Track]).Validate).ParamName);
        Assert.Equal("PlaylistId", Assert.ThrowsAny<ArgumentException>(ReorderOrReplacePlaylistItemsRequest.Replace(id, [Track]).Validate).ParamName);
    }

    [Fact]
    public async Task BuildContent_Add_IsJsonBodyWithUrisAndPosition()
    {
        var request = new AddItemsToPlaylistRequest(Id, [Track, Episode]) { Position = 3 };

        Assert.Equal("playlists/3cEYpjA9oz9GiPac4AsH4n/items", request.BuildRelativeUri());
        Assert.Equal($$"""{"uris":["{{Track}}","{{Episode}}"],"position":3}""", await request.BuildContent().ReadAsStringAsync());
        Assert.Equal("application/json", request.BuildContent().Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BuildContent_AddWithoutPosition_OmitsPosition()
    {
        Assert.Equal($$"""{"uris":["{{Track}}"]}""", await new AddTracksToPlaylistRequest(Id, [Track]).BuildContent().ReadAsStringAsync());
        Assert.Equal("playlists/3cEYpjA9oz9GiPac4AsH4n/tracks", new AddTracksToPlaylistRequest(Id, [Track]).BuildRelativeUri());
    }

    [Fact]
    public async Task BuildContent_RemoveItemsAndTracks_UseTheirArrayNames()
    {
        var items = new RemovePlaylistItemsRequest(Id, [Track, Episode]) { SnapshotId = "abc" };
        var tracks = new RemovePlaylistTracksRequest(Id, [Track]);

        Assert.Equal($$"""{"items":[{"uri":"{{Track}}"},{"uri":"{{Episode}}"}],"snapshot_id":"abc"}""", await items.BuildContent().ReadAsStringAsync());
        Assert.Equal($$"""{"tracks":[{"uri":"{{Track}}"}]}""", await tracks.BuildContent().ReadAsStringAsync());
    }

    [Fact]
    public void Validate_RemoveBlankSnapshot_ThrowsNamingSnapshotId()
    {
        Assert.Equal("SnapshotId", Assert.ThrowsAny<ArgumentException>(new RemovePlaylistItemsRequest(Id, [Track]) { SnapshotId = " " }.Validate).ParamName);
    }

    [Fact]
    public async Task Reorder_BodyAndIdempotency_NotRetried()
    {
        var request = ReorderOrReplacePlaylistItemsRequest.Reorder(Id, rangeStart: 9, insertBefore: 0, rangeLength: 2, snapshotId: "snap");

        Assert.Null(Record.Exception(request.Validate));
        Assert.False(request.IsIdempotent);
        Assert.Equal("""{"range_start":9,"insert_before":0,"range_length":2,"snapshot_id":"snap"}""", await request.BuildContent().ReadAsStringAsync());
    }

    [Fact]
    public async Task Replace_BodyAndIdempotency_Retriable()
    {
        var request = ReorderOrReplacePlaylistTracksRequest.Replace(Id, [Track]);

        Assert.Null(Record.Exception(request.Validate));
        Assert.True(request.IsIdempotent);
        Assert.False(request.Operation.IsIdempotent);
        Assert.Equal($$"""{"uris":["{{Track}}"]}""", await request.BuildContent().ReadAsStringAsync());
    }

    [Fact]
    public async Task Replace_EmptyList_ClearsThePlaylist()
    {
        var request = ReorderOrReplacePlaylistItemsRequest.Replace(Id, []);

        Assert.Null(Record.Exception(request.Validate));
        Assert.Equal("""{"uris":[]}""", await request.BuildContent().ReadAsStringAsync());
    }

    [Fact]
    public void Validate_ReplaceMoreThanHundred_ThrowsNamingUris()
    {
        var request = ReorderOrReplacePlaylistItemsRequest.Replace(Id, Enumerable.Repeat(Track, 101).ToArray());

        Assert.Equal("Uris", Assert.ThrowsAny<ArgumentException>(request.Validate).ParamName);
    }

    [Fact]
    public void Validate_ReorderOrReplaceMixedOrIncomplete_Rejected()
    {
        Assert.Equal("Uris", Assert.ThrowsAny<ArgumentException>((ReorderOrReplacePlaylistItemsRequest.Replace(Id, [Track]) with { RangeStart = 0 }).Validate).ParamName);
        Assert.Equal("RangeStart", Assert.ThrowsAny<ArgumentException>(new ReorderOrReplacePlaylistItemsRequest(Id).Validate).ParamName);
        Assert.Equal("InsertBefore", Assert.ThrowsAny<ArgumentException>(new ReorderOrReplacePlaylistItemsRequest(Id) { RangeStart = 1 }.Validate).ParamName);
        Assert.Equal("RangeStart", Assert.ThrowsAny<ArgumentException>(ReorderOrReplacePlaylistItemsRequest.Reorder(Id, -1, 0).Validate).ParamName);
        Assert.Equal("RangeLength", Assert.ThrowsAny<ArgumentException>(ReorderOrReplacePlaylistItemsRequest.Reorder(Id, 0, 3, rangeLength: 0).Validate).ParamName);
    }

    [Fact]
    public void RequiredScopes_Writes_AnyModifyScopeSuffices()
    {
        var publicOnly = new HashSet<string>(StringComparer.Ordinal) { SpotifyScopes.PlaylistModifyPublic };
        var privateOnly = new HashSet<string>(StringComparer.Ordinal) { SpotifyScopes.PlaylistModifyPrivate };
        SpotifyRequest[] writes = [new AddItemsToPlaylistRequest(Id, [Track]), new RemovePlaylistItemsRequest(Id, [Track]), ReorderOrReplacePlaylistItemsRequest.Reorder(Id, 0, 1), new ChangePlaylistDetailsRequest(Id) { Name = "x" }];

        Assert.All(writes, write =>
        {
            Assert.Empty(write.RequiredScopes.GetMissing(publicOnly));
            Assert.Empty(write.RequiredScopes.GetMissing(privateOnly));
            Assert.NotEmpty(write.RequiredScopes.GetMissing(new HashSet<string>(StringComparer.Ordinal)));
        });
    }
}
