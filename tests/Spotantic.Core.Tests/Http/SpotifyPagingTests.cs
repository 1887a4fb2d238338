using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Http;

public sealed class SpotifyPagingTests : IDisposable
{
    private const string Base = "https://api.test/v1/me/albums";

    private readonly StubHttpMessageHandler _stub;

    public SpotifyPagingTests()
    {
        _stub = new StubHttpMessageHandler(request => request.RequestUri.Query switch
        {
            "?limit=2" => StubResponses.Json(Page(0, $"{Base}?offset=2&limit=2", "0000000000000000000001", "0000000000000000000002")),
            "?offset=2&limit=2" => StubResponses.Json(Page(2, $"{Base}?offset=4&limit=2", "0000000000000000000003", "0000000000000000000004")),
            "?offset=4&limit=2" => StubResponses.Json(Page(4, null, "0000000000000000000005")),
            var other => throw new InvalidOperationException($"Unexpected page request {other}"),
        });
    }

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task EnumerateUserSavedAlbumsAsync_ThreeLinkedPages_YieldsAllItemsInOrderWithThreeRequests()
    {
        var albums = CreateClient();

        var ids = new List<string>();
        await foreach (var saved in albums.EnumerateUserSavedAlbumsAsync(new GetUserSavedAlbumsRequest { Limit = 2 }))
        {
            ids.Add(saved.Album.Id);
        }

        Assert.Equal(["0000000000000000000001", "0000000000000000000002", "0000000000000000000003", "0000000000000000000004", "0000000000000000000005"], ids);
        Assert.Equal(3, _stub.RequestCount);
        Assert.Equal(
            [$"{Base}?limit=2", $"{Base}?offset=2&limit=2", $"{Base}?offset=4&limit=2"],
            _stub.Requests.Select(request => request.RequestUri.AbsoluteUri));
        Assert.All(_stub.Requests, request => Assert.Same(GetUserSavedAlbumsRequest.Definition, request.Metadata?.Operation));
    }

    [Fact]
    public async Task EnumerateUserSavedAlbumsAsync_CancelledBetweenPages_StopsWithoutFurtherRequest()
    {
        var albums = CreateClient();
        using var cts = new CancellationTokenSource();
        var seen = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var saved in albums.EnumerateUserSavedAlbumsAsync(new GetUserSavedAlbumsRequest { Limit = 2 }, cts.Token))
            {
                seen.Add(saved.Album.Id);
                if (seen.Count == 2)
                {
                    // The last item of the first page: the walker must not fetch the second one.
                    await cts.CancelAsync();
                }
            }
        });

        Assert.Equal(["0000000000000000000001", "0000000000000000000002"], seen);
        Assert.Equal(1, _stub.RequestCount);
    }

    [Fact]
    public async Task EnumerateUserSavedAlbumsAsync_NoRequestGiven_AsksForLargestPages()
    {
        using var stub = new StubHttpMessageHandler().EnqueueJson(Page(0, null, "0000000000000000000001"));
        var albums = new AlbumsClient(new SpotifyApiConnection(() => new HttpClient(stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));

        var count = 0;
        await foreach (var _ in albums.EnumerateUserSavedAlbumsAsync())
        {
            count++;
        }

        Assert.Equal(1, count);
        Assert.Equal($"{Base}?limit=50", Assert.Single(stub.Requests).RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task EnumerateUserSavedAlbumsAsync_EmptyPageWithNext_StopsInsteadOfLooping()
    {
        using var stub = new StubHttpMessageHandler(_ => StubResponses.Json(Page(0, $"{Base}?offset=0&limit=2")));
        var albums = new AlbumsClient(new SpotifyApiConnection(() => new HttpClient(stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));

        var count = 0;
        await foreach (var _ in albums.EnumerateUserSavedAlbumsAsync(new GetUserSavedAlbumsRequest { Limit = 2 }))
        {
            count++;
        }

        Assert.Equal(0, count);
        Assert.Equal(1, stub.RequestCount);
    }

    [Fact]
    public async Task EnumerateUserSavedAlbumsAsync_NextLeavesApiHost_ThrowsAfterFirstPageWithoutSending()
    {
        using var stub = new StubHttpMessageHandler().EnqueueJson(Page(0, "https://evil.test/v1/me/albums?offset=1", "0000000000000000000001"));
        var albums = new AlbumsClient(new SpotifyApiConnection(() => new HttpClient(stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));
        var seen = new List<string>();

        await Assert.ThrowsAsync<SpotifyInvalidResponseException>(async () =>
        {
            await foreach (var saved in albums.EnumerateUserSavedAlbumsAsync(new GetUserSavedAlbumsRequest { Limit = 1 }))
            {
                seen.Add(saved.Album.Id);
            }
        });

        Assert.Equal(["0000000000000000000001"], seen);
        Assert.Equal(1, stub.RequestCount);
    }

    [Fact]
    public async Task EnumerateUserSavedAlbumsAsync_InvalidRequest_ThrowsBeforeSending()
    {
        var albums = CreateClient();

        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in albums.EnumerateUserSavedAlbumsAsync(new GetUserSavedAlbumsRequest { Limit = 500 }))
            {
            }
        });

        Assert.Equal("Limit", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    private AlbumsClient CreateClient() =>
        new(new SpotifyApiConnection(() => new HttpClient(_stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));

    private static string Page(int offset, string? next, params string[] ids)
    {
        var items = string.Join(',', ids.Select(id => $$$"""{"added_at":"2024-05-01T10:00:00Z","album":{"id":"{{{id}}}","name":"Album {{{id}}}"}}"""));
        var nextJson = next is null ? "null" : $"\"{next}\"";
        return $$"""{"href":"{{Base}}?offset={{offset}}&limit=2","items":[{{items}}],"limit":2,"next":{{nextJson}},"offset":{{offset}},"previous":null,"total":5}""";
    }
}
