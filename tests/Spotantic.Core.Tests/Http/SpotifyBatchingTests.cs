using System.Net;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;

namespace Spotantic.Core.Tests.Http;

public sealed class SpotifyBatchingTests
{
    private static readonly string[] FortyFiveIds = [.. Enumerable.Range(0, 45).Select(i => $"{i:D22}")];

    [Fact]
    public async Task GetSeveralAlbumsAsync_FortyFiveIds_ThreeChunksMergedInInputOrder()
    {
        using var stub = new StubHttpMessageHandler(request =>
        {
            var ids = request.Query["ids"].Split(',');
            var albums = string.Join(',', ids.Select(id => id == FortyFiveIds[7] ? "null" : $"{{\"id\":\"{id}\",\"name\":\"Album {id}\"}}"));
            return StubResponses.Json($"{{\"albums\":[{albums}]}}");
        });
        var client = CreateClient(stub);

        var result = await client.GetSeveralAlbumsAsync(FortyFiveIds);

        Assert.Equal([20, 20, 5], stub.Requests.Select(r => r.Query["ids"].Split(',').Length));
        Assert.Equal(FortyFiveIds.Length, result.Data.Albums.Count);
        Assert.Null(result.Data.Albums[7]);
        Assert.Equal(FortyFiveIds.Where((_, i) => i != 7), result.Data.Albums.Where(a => a is not null).Select(a => a!.Id));
        Assert.Equal(3, result.Responses.Count);
        Assert.Same(result.Responses[^1], result.Response);
        Assert.Equal(FortyFiveIds, result.Request.Ids);
    }

    [Fact]
    public async Task CheckUserSavedAlbumsAsync_FortyFiveIds_FlagsInInputOrder()
    {
        using var stub = new StubHttpMessageHandler(request =>
        {
            var ids = request.Query["ids"].Split(',');
            return StubResponses.Json("[" + string.Join(',', ids.Select(id => (int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) % 3 == 0) ? "true" : "false")) + "]");
        });
        var client = CreateClient(stub);

        var result = await client.CheckUserSavedAlbumsAsync(FortyFiveIds);

        Assert.Equal(Enumerable.Range(0, 45).Select(i => i % 3 == 0), result.Data);
        Assert.Equal(3, stub.RequestCount);
    }

    [Fact]
    public async Task SaveAlbumsForUserAsync_SecondChunkFails_ReportsAppliedFailedAndNotSent()
    {
        using var stub = new StubHttpMessageHandler(request => request.Query["ids"].StartsWith(FortyFiveIds[20], StringComparison.Ordinal)
            ? StubResponses.Create(HttpStatusCode.BadRequest, "{\"error\":{\"status\":400,\"message\":\"Bad request\"}}")
            : StubResponses.Create(HttpStatusCode.OK, null));
        var client = CreateClient(stub);

        var exception = await Assert.ThrowsAsync<SpotifyBatchException>(() => client.SaveAlbumsForUserAsync(FortyFiveIds));

        Assert.Equal(FortyFiveIds[..20], exception.AppliedItems);
        Assert.Equal(FortyFiveIds[20..40], exception.FailedItems);
        Assert.Equal(FortyFiveIds[40..], exception.NotSentItems);
        Assert.IsType<SpotifyApiException>(exception.InnerException);
        Assert.Equal(2, stub.RequestCount);
        Assert.Equal("save-albums-user", exception.OperationId);
    }

    [Fact]
    public async Task SaveAlbumsForUserAsync_SingleChunkFails_ThrowsTheErrorItself()
    {
        using var stub = new StubHttpMessageHandler(_ => StubResponses.Create(HttpStatusCode.NotFound, "{\"error\":{\"status\":404,\"message\":\"Not found\"}}"));
        var client = CreateClient(stub);

        await Assert.ThrowsAsync<SpotifyNotFoundException>(() => client.SaveAlbumsForUserAsync(FortyFiveIds[..3]));
        Assert.Equal(1, stub.RequestCount);
    }

    [Fact]
    public async Task SaveAlbumsForUserAsync_OneInvalidIdAmongMany_NothingSent()
    {
        using var stub = new StubHttpMessageHandler(_ => StubResponses.Create(HttpStatusCode.OK, null));
        var client = CreateClient(stub);
        string[] ids = [.. FortyFiveIds[..30], "bad/../id", .. FortyFiveIds[30..]];

        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.SaveAlbumsForUserAsync(ids));

        Assert.Equal("Ids", exception.ParamName);
        Assert.Equal(0, stub.RequestCount);
    }

    [Theory]
    [InlineData("[true]")]
    [InlineData("[true,false,true,false]")]
    public async Task CheckUserSavedAlbumsAsync_AnswerWithOtherFlagCount_InvalidResponseNamingTheCounts(string flags)
    {
        using var stub = new StubHttpMessageHandler(_ => StubResponses.Json(flags));
        var client = CreateClient(stub);

        var exception = await Assert.ThrowsAsync<SpotifyInvalidResponseException>(() => client.CheckUserSavedAlbumsAsync(FortyFiveIds[..3]));

        Assert.Equal("check-users-saved-albums", exception.OperationId);
        Assert.Contains("for the 3 items asked about", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, stub.RequestCount);
    }

    private static AlbumsClient CreateClient(StubHttpMessageHandler stub)
    {
        var http = new HttpClient(stub);
        return new AlbumsClient(new SpotifyApiConnection(() => http, new Uri("https://api.test/v1/"), TimeProvider.System));
    }
}
