using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Reflection;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Clients.Playlists;

public sealed class PlaylistsClientTests : IDisposable
{
    private const string PlaylistId = "3cEYpjA9oz9GiPac4AsH4n";
    private const string Base = "https://api.test/v1/playlists/3cEYpjA9oz9GiPac4AsH4n";

    private readonly StubHttpMessageHandler _stub = new();
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private readonly IPlaylistsClient _playlists;

    public PlaylistsClientTests()
    {
        _playlists = new PlaylistsClient(new SpotifyApiConnection(() => new HttpClient(_stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));
    }

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task GetPlaylistAsync_ConvenienceOverload_SendsSameAsRequestRecord()
    {
        _stub.EnqueueJson("""{"id":"3cEYpjA9oz9GiPac4AsH4n","name":"Mix","items":{"href":"h","items":[{"added_at":"2026-01-01T00:00:00Z","is_local":false,"item":{"type":"episode","id":"512ojhOuo1ktJprKbVcKyQ","name":"Ep"}}],"limit":100,"next":null,"offset":0,"previous":null,"total":1}}""");

        var result = await _playlists.GetPlaylistAsync(PlaylistId, "ES");

        Assert.Equal(new GetPlaylistRequest(PlaylistId) { Market = "ES" }, result.Request);
        Assert.Equal(Base + "?market=ES", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.NotNull(result.Data.Items);
        Assert.IsType<Episode>(Assert.Single(result.Data.Items.Items).Item);
    }

    [Fact]
    public async Task EnumeratePlaylistItemsAsync_TwoPages_FollowsNextAndKeepsLocalTracks()
    {
        _stub.EnqueueJson($$$"""{"href":"h","items":[{"is_local":false,"item":{"type":"track","id":"4iV5W9uYEdYUVa79Axb7Rh","name":"A"}}],"limit":1,"next":"{{{Base}}}/items?offset=1&limit=1","offset":0,"previous":null,"total":2}""")
             .EnqueueJson("""{"href":"h","items":[{"is_local":true,"item":{"type":"track","id":null,"uri":"spotify:local:Artist:Album:Local+Song:180","name":"Local Song"}}],"limit":1,"next":null,"offset":1,"previous":null,"total":2}""");

        var items = new List<PlaylistItem>();
        await foreach (var item in _playlists.EnumeratePlaylistItemsAsync(new GetPlaylistItemsRequest(PlaylistId) { Limit = 1 }))
        {
            items.Add(item);
        }

        Assert.Equal(["A", "Local Song"], items.Select(i => i.Item?.Name));
        Assert.True(items[1].IsLocal);
        Assert.Null(items[1].Item?.Id);
        Assert.Equal([Base + "/items?limit=1", Base + "/items?offset=1&limit=1"], _stub.Requests.Select(r => r.RequestUri.AbsoluteUri));
    }

    [Fact]
    public async Task GetPlaylistItemsAsync_ConvenienceOverload_PassesEveryArgument()
    {
        _stub.EnqueueJson("""{"href":"h","items":[],"limit":5,"next":null,"offset":10,"previous":null,"total":10}""");

        await _playlists.GetPlaylistItemsAsync(PlaylistId, limit: 5, offset: 10, market: "SE");

        Assert.Equal(Base + "/items?market=SE&limit=5&offset=10", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task AddItemsToPlaylistAsync_250UrisAtPosition_ThreeChunksWithAdvancingPosition()
    {
        var uris = Enumerable.Range(0, 250).Select(Uri).ToArray();
        _stub.EnqueueJson("""{"snapshot_id":"s1"}""").EnqueueJson("""{"snapshot_id":"s2"}""").EnqueueJson("""{"snapshot_id":"s3"}""");

        var result = await _playlists.AddItemsToPlaylistAsync(PlaylistId, uris, position: 5);

        Assert.Equal(3, _stub.RequestCount);
        Assert.All(_stub.Requests, r => Assert.Equal(Base + "/items", r.RequestUri.AbsoluteUri));
        Assert.All(_stub.Requests, r => Assert.Equal(HttpMethod.Post, r.Method));
        Assert.All(_stub.Requests, r => Assert.False(r.Metadata!.IsIdempotent));
        Assert.Equal(Body(uris[..100], 5), _stub.Requests[0].Body);
        Assert.Equal(Body(uris[100..200], 105), _stub.Requests[1].Body);
        Assert.Equal(Body(uris[200..], 205), _stub.Requests[2].Body);
        Assert.Equal("s3", result.Data.SnapshotId);
        Assert.Equal(3, result.Responses.Count);
        Assert.Equal(uris, result.Request.Uris);
    }

    [Fact]
    public async Task AddItemsToPlaylistAsync_AppendWithoutPosition_ChunksOmitPosition()
    {
        var uris = Enumerable.Range(0, 101).Select(Uri).ToArray();
        _stub.EnqueueJson("""{"snapshot_id":"s1"}""").EnqueueJson("""{"snapshot_id":"s2"}""");

        await _playlists.AddItemsToPlaylistAsync(PlaylistId, uris);

        Assert.Equal(Body(uris[..100], null), _stub.Requests[0].Body);
        Assert.Equal(Body(uris[100..], null), _stub.Requests[1].Body);
    }

    [Fact]
    public async Task AddItemsToPlaylistAsync_SecondChunkFails_BatchExceptionSaysWhatWasApplied()
    {
        var uris = Enumerable.Range(0, 250).Select(Uri).ToArray();
        _stub.EnqueueJson("""{"snapshot_id":"s1"}""").Enqueue(() => StubResponses.ApiError(HttpStatusCode.Forbidden, "Forbidden"));

        var exception = await Assert.ThrowsAsync<SpotifyBatchException>(() => _playlists.AddItemsToPlaylistAsync(PlaylistId, uris));

        Assert.Equal("add-items-to-playlist", exception.OperationId);
        Assert.Equal(uris[..100], exception.AppliedItems);
        Assert.Equal(uris[100..200], exception.FailedItems);
        Assert.Equal(uris[200..], exception.NotSentItems);
        Assert.Equal(2, _stub.RequestCount);
    }

    [Fact]
    public async Task AddItemsToPlaylistAsync_InvalidUri_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _playlists.AddItemsToPlaylistAsync(PlaylistId, [Uri(0), "spotify:album:4aawyAB9vmqN3uQ7FjRGTy"]));

        Assert.Equal("Uris", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task RemovePlaylistItemsAsync_150Uris_TwoChunksEachWithSnapshot()
    {
        var uris = Enumerable.Range(0, 150).Select(Uri).ToArray();
        _stub.EnqueueJson("""{"snapshot_id":"s1"}""").EnqueueJson("""{"snapshot_id":"s2"}""");

        var result = await _playlists.RemovePlaylistItemsAsync(PlaylistId, uris, "snap");

        Assert.All(_stub.Requests, r => Assert.Equal(HttpMethod.Delete, r.Method));
        Assert.Equal(2, _stub.RequestCount);
        Assert.StartsWith($$"""{"items":[{"uri":"{{uris[100]}}"}""", _stub.Requests[1].Body, StringComparison.Ordinal);
        Assert.EndsWith("""],"snapshot_id":"snap"}""", _stub.Requests[1].Body, StringComparison.Ordinal);
        Assert.Equal("s2", result.Data.SnapshotId);
    }

    [Fact]
    public async Task ReorderAndReplace_MetadataIdempotency_FollowsTheMode()
    {
        _stub.EnqueueJson("""{"snapshot_id":"r"}""").EnqueueJson("""{"snapshot_id":"p"}""");

        await _playlists.ReorderPlaylistItemsAsync(PlaylistId, rangeStart: 1, insertBefore: 3, rangeLength: 2);
        await _playlists.ReplacePlaylistItemsAsync(PlaylistId, [Uri(1)]);

        Assert.Equal("""{"range_start":1,"insert_before":3,"range_length":2}""", _stub.Requests[0].Body);
        Assert.False(_stub.Requests[0].Metadata!.IsIdempotent);
        Assert.Equal($$"""{"uris":["{{Uri(1)}}"]}""", _stub.Requests[1].Body);
        Assert.True(_stub.Requests[1].Metadata!.IsIdempotent);
        Assert.All(_stub.Requests, r => Assert.Equal(HttpMethod.Put, r.Method));
    }

    [Fact]
    public async Task ChangePlaylistDetailsAsync_SendsOnlyGivenDetails()
    {
        _stub.Enqueue(HttpStatusCode.OK);

        await _playlists.ChangePlaylistDetailsAsync(PlaylistId, name: "New name", collaborative: true, isPublic: false);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal(Base, request.RequestUri.AbsoluteUri);
        Assert.Equal("""{"name":"New name","public":false,"collaborative":true}""", request.Body);
    }

    [Fact]
    public async Task CreatePlaylistAsync_PostsBodyAndReturnsPlaylist()
    {
        _stub.Enqueue(HttpStatusCode.Created, """{"id":"3cEYpjA9oz9GiPac4AsH4n","name":"Road trip","public":false}""");

        var result = await _playlists.CreatePlaylistAsync("Road trip", isPublic: false, description: "d");

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("https://api.test/v1/me/playlists", request.RequestUri.AbsoluteUri);
        Assert.Equal("""{"name":"Road trip","public":false,"description":"d"}""", request.Body);
        Assert.Equal([SpotifyScopes.PlaylistModifyPrivate], request.Metadata!.Scopes.Scopes);
        Assert.Equal("Road trip", result.Data.Name);
    }

    [Fact]
    public async Task EnumerateCurrentUserPlaylistsAsync_DefaultRequest_UsesMaximumPageAndFollowsNext()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"id":"p1","name":"One"}],"limit":50,"next":"https://api.test/v1/me/playlists?offset=50&limit=50","offset":0,"previous":null,"total":2}""")
             .EnqueueJson("""{"href":"h","items":[{"id":"p2","name":"Two"}],"limit":50,"next":null,"offset":50,"previous":null,"total":2}""");

        var names = new List<string>();
        await foreach (var playlist in _playlists.EnumerateCurrentUserPlaylistsAsync())
        {
            names.Add(playlist.Name);
        }

        Assert.Equal(["One", "Two"], names);
        Assert.Equal("https://api.test/v1/me/playlists?limit=50", _stub.Requests[0].RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task EnumerateFeaturedPlaylistsAsync_WrappedPages_FollowsNextInsidePlaylists()
    {
        _stub.EnqueueJson("""{"message":"Hi","playlists":{"href":"h","items":[{"id":"p1","name":"A"},null],"limit":2,"next":"https://api.test/v1/browse/featured-playlists?offset=2&limit=2","offset":0,"previous":null,"total":3}}""")
             .EnqueueJson("""{"message":"Hi","playlists":{"href":"h","items":[{"id":"p3","name":"C"}],"limit":2,"next":null,"offset":2,"previous":null,"total":3}}""");

        var names = new List<string?>();
#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.
        await foreach (var playlist in _playlists.EnumerateFeaturedPlaylistsAsync(new GetFeaturedPlaylistsRequest { Limit = 2 }))
#pragma warning restore CS0618
        {
            names.Add(playlist?.Name);
        }

        Assert.Equal(["A", null, "C"], names);
        Assert.Equal("https://api.test/v1/browse/featured-playlists?limit=2", _stub.Requests[0].RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task EnumerateCategoryPlaylistsAsync_WrappedPages_FollowsNextInsidePlaylists()
    {
        _stub.EnqueueJson("""{"message":"Party","playlists":{"href":"h","items":[{"id":"p1","name":"A"}],"limit":1,"next":"https://api.test/v1/browse/categories/party/playlists?offset=1&limit=1","offset":0,"previous":null,"total":2}}""")
             .EnqueueJson("""{"message":"Party","playlists":{"href":"h","items":[{"id":"p2","name":"B"}],"limit":1,"next":null,"offset":1,"previous":null,"total":2}}""");

        var names = new List<string?>();
#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.
        await foreach (var playlist in _playlists.EnumerateCategoryPlaylistsAsync(new GetCategoryPlaylistsRequest("party") { Limit = 1 }))
#pragma warning restore CS0618
        {
            names.Add(playlist?.Name);
        }

        Assert.Equal(["A", "B"], names);
    }

    [Fact]
    public async Task UploadCustomPlaylistCoverImageAsync_Bytes_SendsBase64AsImageJpeg()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x01];
        _stub.Enqueue(HttpStatusCode.Accepted);

        var result = await _playlists.UploadCustomPlaylistCoverImageAsync(PlaylistId, jpeg);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal(Base + "/images", request.RequestUri.AbsoluteUri);
        Assert.Equal("image/jpeg", request.ContentType);
        Assert.Equal(Convert.ToBase64String(jpeg), request.Body);
        Assert.Equal(HttpStatusCode.Accepted, result.Response.StatusCode);
    }

    [Fact]
    public async Task UploadCustomPlaylistCoverImageAsync_Png_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _playlists.UploadCustomPlaylistCoverImageAsync(PlaylistId, new byte[] { 0x89, 0x50, 0x4E, 0x47 }));

        Assert.Equal("ImageBase64", exception.ParamName);

        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetPlaylistCoverImageAsync_ImageArray_Parsed()
    {
        _stub.EnqueueJson("""[{"url":"https://i.scdn.co/image/x","height":null,"width":null}]""");

        var result = await _playlists.GetPlaylistCoverImageAsync(PlaylistId);

        Assert.Equal(Base + "/images", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Null(Assert.Single(result.Data).Height);
    }

    [Fact]
    public async Task DeprecatedTracksOperations_UseTracksPaths()
    {
        _stub.EnqueueJson("""{"href":"h","items":[],"limit":100,"next":null,"offset":0,"previous":null,"total":0}""")
             .EnqueueJson("""{"snapshot_id":"a"}""").EnqueueJson("""{"snapshot_id":"b"}""").EnqueueJson("""{"snapshot_id":"c"}""");

#pragma warning disable CS0618 // The deprecated operations are still served to apps with extended quota and must keep working.
        await _playlists.GetPlaylistTracksAsync(new GetPlaylistTracksRequest(PlaylistId) { Limit = 100 });
        await _playlists.AddTracksToPlaylistAsync(new AddTracksToPlaylistRequest(PlaylistId, [Uri(0)]) { Position = 0 });
        await _playlists.ReorderOrReplacePlaylistTracksAsync(ReorderOrReplacePlaylistTracksRequest.Replace(PlaylistId, [Uri(0)]));
        await _playlists.RemovePlaylistTracksAsync(new RemovePlaylistTracksRequest(PlaylistId, [Uri(0)]));
#pragma warning restore CS0618

        Assert.Equal(
            [$"GET {Base}/tracks?limit=100", $"POST {Base}/tracks", $"PUT {Base}/tracks", $"DELETE {Base}/tracks"],
            _stub.Requests.Select(r => $"{r.Method} {r.RequestUri.AbsoluteUri}"));
        Assert.Equal($$"""{"tracks":[{"uri":"{{Uri(0)}}"}]}""", _stub.Requests[3].Body);
    }

    [Fact]
    public async Task UserPlaylistsAndCreateForUser_EscapeUserId()
    {
        _stub.EnqueueJson("""{"href":"h","items":[],"limit":5,"next":null,"offset":0,"previous":null,"total":0}""")
             .Enqueue(HttpStatusCode.Created, """{"id":"x","name":"n"}""");

#pragma warning disable CS0618 // The deprecated operations are still served to apps with extended quota and must keep working.
        await _playlists.GetUserPlaylistsAsync("a#b/ü?c", limit: 5);
        await _playlists.CreatePlaylistForUserAsync("a#b/ü?c", "n");
#pragma warning restore CS0618

        Assert.Equal("https://api.test/v1/users/a%23b%2F%C3%BC%3Fc/playlists?limit=5", _stub.Requests[0].RequestUri.AbsoluteUri);
        Assert.Equal("https://api.test/v1/users/a%23b%2F%C3%BC%3Fc/playlists", _stub.Requests[1].RequestUri.AbsoluteUri);
        Assert.Equal("""{"name":"n"}""", _stub.Requests[1].Body);
    }

    [Theory]
    [InlineData(nameof(IPlaylistsClient.GetPlaylistTracksAsync), SpotifyDeprecations.PlaylistTracks)]
    [InlineData(nameof(IPlaylistsClient.EnumeratePlaylistTracksAsync), SpotifyDeprecations.PlaylistTracks)]
    [InlineData(nameof(IPlaylistsClient.AddTracksToPlaylistAsync), SpotifyDeprecations.PlaylistTracks)]
    [InlineData(nameof(IPlaylistsClient.ReorderOrReplacePlaylistTracksAsync), SpotifyDeprecations.PlaylistTracks)]
    [InlineData(nameof(IPlaylistsClient.RemovePlaylistTracksAsync), SpotifyDeprecations.PlaylistTracks)]
    [InlineData(nameof(IPlaylistsClient.GetUserPlaylistsAsync), SpotifyDeprecations.OtherUsers)]
    [InlineData(nameof(IPlaylistsClient.EnumerateUserPlaylistsAsync), SpotifyDeprecations.OtherUsers)]
    [InlineData(nameof(IPlaylistsClient.CreatePlaylistForUserAsync), SpotifyDeprecations.CreatePlaylistForUser)]
    [InlineData(nameof(IPlaylistsClient.GetFeaturedPlaylistsAsync), SpotifyDeprecations.Browse)]
    [InlineData(nameof(IPlaylistsClient.EnumerateFeaturedPlaylistsAsync), SpotifyDeprecations.Browse)]
    [InlineData(nameof(IPlaylistsClient.GetCategoryPlaylistsAsync), SpotifyDeprecations.Browse)]
    [InlineData(nameof(IPlaylistsClient.EnumerateCategoryPlaylistsAsync), SpotifyDeprecations.Browse)]
    public void DeprecatedOperation_InterfaceMethod_ObsoleteWithReason(string method, string reason)
    {
        var overloads = typeof(IPlaylistsClient).GetMethods().Where(m => m.Name == method).ToArray();

        Assert.NotEmpty(overloads);
        Assert.All(overloads, overload =>
        {
            var obsolete = overload.GetCustomAttribute<ObsoleteAttribute>();
            Assert.NotNull(obsolete);
            Assert.Equal(reason, obsolete.Message);
            Assert.False(obsolete.IsError);
        });
    }

    [Fact]
    public void CurrentOperations_InterfaceMethods_NotObsolete()
    {
        string[] current =
        [
            nameof(IPlaylistsClient.GetPlaylistAsync), nameof(IPlaylistsClient.ChangePlaylistDetailsAsync), nameof(IPlaylistsClient.GetPlaylistItemsAsync),
            nameof(IPlaylistsClient.EnumeratePlaylistItemsAsync), nameof(IPlaylistsClient.AddItemsToPlaylistAsync), nameof(IPlaylistsClient.ReorderOrReplacePlaylistItemsAsync),
            nameof(IPlaylistsClient.ReorderPlaylistItemsAsync), nameof(IPlaylistsClient.ReplacePlaylistItemsAsync), nameof(IPlaylistsClient.RemovePlaylistItemsAsync),
            nameof(IPlaylistsClient.GetCurrentUserPlaylistsAsync), nameof(IPlaylistsClient.EnumerateCurrentUserPlaylistsAsync), nameof(IPlaylistsClient.CreatePlaylistAsync),
            nameof(IPlaylistsClient.GetPlaylistCoverImageAsync), nameof(IPlaylistsClient.UploadCustomPlaylistCoverImageAsync),
        ];

        var methods = typeof(IPlaylistsClient).GetMethods().Where(m => current.Contains(m.Name)).ToArray();

        Assert.Equal(current.Length, methods.Select(m => m.Name).Distinct().Count());
        Assert.All(methods, m => Assert.Null(m.GetCustomAttribute<ObsoleteAttribute>()));
    }

    private static string Uri(int i) => "spotify:track:" + i.ToString("D22", System.Globalization.CultureInfo.InvariantCulture);

    private static string Body(string[] uris, int? position) =>
        "{\"uris\":[" + string.Join(',', uris.Select(u => '"' + u + '"')) + "]" + (position is { } p ? ",\"position\":" + p : "") + "}";
}
