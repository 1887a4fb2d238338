using System.Net;
using System.Text;
using System.Text.Json;
using Polly.Timeout;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Http;

public sealed class SpotifyApiConnectionTests : IDisposable
{
    private const string AlbumId = "4aawyAB9vmqN3uQ7FjRGTy";
    private const string AlbumJson = """{"id":"4aawyAB9vmqN3uQ7FjRGTy","name":"Global Warming","album_type":"album","total_tracks":18}""";

    private readonly StubHttpMessageHandler _stub = new();

    private SpotifyApiConnection Connection => new(() => new HttpClient(_stub, disposeHandler: false), new Uri("https://api.test/v1/"), TimeProvider.System);

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task SendAsync_Success_ReturnsRequestResponseAndData()
    {
        var bytes = Encoding.UTF8.GetBytes(AlbumJson);
        _stub.Enqueue(() => StubResponses.Bytes(bytes));
        var request = new GetAlbumRequest(AlbumId) { Market = "ES" };

        var result = await Connection.SendAsync(request, SpotifyJsonContext.Default.Album, CancellationToken.None);

        Assert.Same(request, result.Request);
        Assert.Equal(HttpStatusCode.OK, result.Response.StatusCode);
        Assert.Equal(HttpMethod.Get, result.Response.Method);
        Assert.Equal(new Uri("https://api.test/v1/albums/4aawyAB9vmqN3uQ7FjRGTy?market=ES"), result.Response.RequestUri);
        Assert.Equal("application/json", result.Response.ContentType);
        Assert.Equal(bytes, result.Response.Body.ToArray());
        Assert.Equal(AlbumJson, result.Response.ReadAsString());
        Assert.Equal("Global Warming", result.Data.Name);
        Assert.Equal(18, result.Data.TotalTracks);
        var sent = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(result.Response.RequestUri, sent.RequestUri);
    }

    [Fact]
    public async Task SendAsync_Success_JsonGivesTheSameBody()
    {
        _stub.EnqueueJson(AlbumJson);

        var result = await Connection.SendAsync(new GetAlbumRequest(AlbumId), SpotifyJsonContext.Default.Album, CancellationToken.None);

        Assert.NotNull(result.Response.Json);
        Assert.Equal("Global Warming", result.Response.Json.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task SendAsync_NoDataOperationWithNonJsonBody_SucceedsAndParsesOnlyWhenJsonIsRead()
    {
        // The body of an operation without data is never parsed unless the caller asks for the JSON.
        _stub.Enqueue(HttpStatusCode.OK, "saved, not JSON", "text/plain");

        var result = await Connection.SendAsync(new SaveAlbumsForUserRequest([AlbumId]), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, result.Response.StatusCode);
        Assert.Equal("saved, not JSON", result.Response.ReadAsString());
        Assert.ThrowsAny<JsonException>(() => result.Response.Json);
    }

    [Fact]
    public async Task SendAsync_NoDataOperationWithEmptyBody_EmptyBodyAndNullJson()
    {
        _stub.Enqueue(HttpStatusCode.OK);

        var result = await Connection.SendAsync(new RemoveUserSavedAlbumsRequest([AlbumId]), CancellationToken.None);

        Assert.True(result.Response.Body.IsEmpty);
        Assert.Null(result.Response.Json);
        Assert.Equal(HttpMethod.Delete, Assert.Single(_stub.Requests).Method);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("[true,", "not valid JSON")]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("<html><body>502</body></html>", "not valid JSON")]
    [InlineData("\"true\"", "not valid JSON")]
    [InlineData("{\"a\":1}", "not valid JSON")]
    [InlineData("null", "JSON null")]
    public async Task SendAsync_UnusableBody_ThrowsInvalidResponse(string body, string problem)
    {
        _stub.Enqueue(HttpStatusCode.OK, body);

        var exception = await Assert.ThrowsAsync<SpotifyInvalidResponseException>(
            () => Connection.SendAsync(new CheckUserSavedAlbumsRequest([AlbumId]), SpotifyJsonContext.Default.IReadOnlyListBoolean, CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.Equal("check-users-saved-albums", exception.OperationId);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"id\":\"4aawyAB9vmqN3uQ7FjRGTy\",\"name\":")]
    [InlineData("{\"id\":42}")]
    public async Task SendAsync_UnusableAlbumBody_ThrowsInvalidResponse(string body)
    {
        _stub.Enqueue(HttpStatusCode.OK, body);

        var exception = await Assert.ThrowsAsync<SpotifyInvalidResponseException>(
            () => Connection.SendAsync(new GetAlbumRequest(AlbumId), SpotifyJsonContext.Default.Album, CancellationToken.None));

        Assert.Equal("get-an-album", exception.OperationId);
    }

    public static TheoryData<SpotifyRequest, string> InvalidRequests => new()
    {
        { new GetAlbumRequest("not-an-id"), "Id" },
        { new GetAlbumRequest(AlbumId) { Market = "from_token" }, "Market" },
        { new GetAlbumTracksRequest(AlbumId) { Limit = 51 }, "Limit" },
        { new GetUserSavedAlbumsRequest { Offset = -1 }, "Offset" },
        { new CheckUserSavedAlbumsRequest([AlbumId, "not-an-id"]), "Ids" },
        { new SaveAlbumsForUserRequest(["../../me/player/next"]), "Ids" },
        { new GetAlbumRequest(".."), "Id" },
        { new GetUserProfileRequest(".."), "UserId" },
        { new GetCategoryRequest("a\nb"), "CategoryId" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task SendAsync_InvalidRequest_ThrowsArgumentExceptionAndSendsNothing(SpotifyRequest request, string parameter)
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => Connection.SendAsync(request, CancellationToken.None));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_NullRequest_ThrowsArgumentNullAndSendsNothing()
    {
        var exception = await Assert.ThrowsAsync<ArgumentNullException>(() => Connection.SendAsync<GetAlbumRequest, Spotantic.Models.Album>(null!, SpotifyJsonContext.Default.Album, CancellationToken.None));

        Assert.Equal("request", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_Request_AttachesOperationMetadata()
    {
        _stub.Enqueue(HttpStatusCode.OK, "[true]");
        var request = new CheckUserSavedAlbumsRequest([AlbumId]);

        await Connection.SendAsync(request, SpotifyJsonContext.Default.IReadOnlyListBoolean, CancellationToken.None);

        var metadata = Assert.Single(_stub.Requests).Metadata;
        Assert.NotNull(metadata);
        Assert.Same(CheckUserSavedAlbumsRequest.Definition, metadata.Operation);
        Assert.Same(request.RequiredScopes, metadata.Scopes);
        Assert.Equal([SpotifyScopes.UserLibraryRead], metadata.Scopes.Scopes);
    }

    [Fact]
    public async Task SendAsync_ErrorStatus_ThrowsMappedException()
    {
        _stub.Enqueue(() => StubResponses.ApiError(HttpStatusCode.NotFound, "Resource not found"));

        var exception = await Assert.ThrowsAsync<SpotifyNotFoundException>(
            () => Connection.SendAsync(new GetAlbumRequest(AlbumId), SpotifyJsonContext.Default.Album, CancellationToken.None));

        Assert.Equal("get-an-album", exception.OperationId);
        Assert.Equal("Resource not found", exception.SpotifyMessage);
    }

    [Fact]
    public async Task SendAsync_AlreadyCancelled_ThrowsAndSendsNothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Connection.SendAsync(new GetAlbumRequest(AlbumId), SpotifyJsonContext.Default.Album, cts.Token));

        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_AttemptTimedOut_ThrowsSpotifyTimeoutException()
    {
        _stub.EnqueueException(() => new TimeoutRejectedException("timed out", TimeSpan.FromSeconds(10)));

        var exception = await Assert.ThrowsAsync<SpotifyTimeoutException>(
            () => Connection.SendAsync(new GetAlbumRequest(AlbumId), SpotifyJsonContext.Default.Album, CancellationToken.None));

        Assert.Contains("get-an-album", exception.Message, StringComparison.Ordinal);
        Assert.Contains("10 s", exception.Message, StringComparison.Ordinal);
        Assert.IsType<TimeoutRejectedException>(exception.InnerException);
    }

    [Fact]
    public async Task SendAsync_ConnectionClosedMidBody_ThrowsInvalidResponse()
    {
        _stub.Enqueue(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new BrokenContent() });

        var exception = await Assert.ThrowsAsync<SpotifyInvalidResponseException>(
            () => Connection.SendAsync(new GetAlbumRequest(AlbumId), SpotifyJsonContext.Default.Album, CancellationToken.None));

        Assert.Contains("connection closed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BaseAddressWithoutTrailingSlash_AddsOne()
    {
        var connection = new SpotifyApiConnection(() => new HttpClient(_stub), new Uri("https://api.test/v1"), TimeProvider.System);

        Assert.Equal("https://api.test/v1/", connection.ApiBaseAddress.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://evil.test/v1/me/albums?offset=2&limit=2")]
    [InlineData("http://api.test/v1/me/albums?offset=2&limit=2")]
    [InlineData("https://api.test:8443/v1/me/albums?offset=2&limit=2")]
    [InlineData("https://api.test.evil.test/v1/me/albums")]
    [InlineData("/v1/me/albums?offset=2")]
    [InlineData("not a url")]
    public async Task GetPageAsync_NextOnAnotherOrigin_ThrowsAndSendsNothing(string next)
    {
        var exception = await Assert.ThrowsAsync<SpotifyInvalidResponseException>(
            () => Connection.GetPageAsync(new GetUserSavedAlbumsRequest(), next, SpotifyJsonContext.Default.PageSavedAlbum, CancellationToken.None));

        Assert.Equal("get-users-saved-albums", exception.OperationId);
        Assert.Contains("'next' link", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetPageAsync_NextOnApiOrigin_SendsWithOriginMetadata()
    {
        _stub.EnqueueJson("""{"href":"h","items":[],"limit":2,"next":null,"offset":2,"previous":null,"total":2}""");
        var origin = new GetUserSavedAlbumsRequest { Limit = 2 };

        var page = await Connection.GetPageAsync(origin, "https://API.test/v1/me/albums?offset=2&limit=2", SpotifyJsonContext.Default.PageSavedAlbum, CancellationToken.None);

        Assert.Equal(2, page.Offset);
        var sent = Assert.Single(_stub.Requests);
        Assert.Equal("https://api.test/v1/me/albums?offset=2&limit=2", sent.RequestUri.AbsoluteUri);
        Assert.Same(GetUserSavedAlbumsRequest.Definition, sent.Metadata?.Operation);
    }

    /// <summary>A body whose connection drops while it is read.</summary>
    private sealed class BrokenContent : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            Task.FromException(new HttpRequestException("The response ended prematurely."));

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
