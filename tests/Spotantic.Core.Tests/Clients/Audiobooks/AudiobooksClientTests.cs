using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Reflection;
using System.Text;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Clients.Audiobooks;

#pragma warning disable CS0618 // The deprecated operations are still served to apps with extended quota and must keep working.

public sealed class AudiobooksClientTests : IDisposable
{
    private const string Id = "4rOoJ6Egrf8K2IrywzwOMk";

    private readonly StubHttpMessageHandler _stub = new();
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private readonly IAudiobooksClient _audiobooks;

    public AudiobooksClientTests()
    {
        _audiobooks = Create(_stub);
    }

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task GetAudiobookAsync_ConvenienceOverload_SendsSameAsRequestRecord()
    {
        _stub.EnqueueJson("""{"id":"4rOoJ6Egrf8K2IrywzwOMk","name":"Named"}""");

        var result = await _audiobooks.GetAudiobookAsync(Id, "ES");

        Assert.Equal(new GetAudiobookRequest(Id) { Market = "ES" }, result.Request);
        Assert.Equal("https://api.test/v1/audiobooks/4rOoJ6Egrf8K2IrywzwOMk?market=ES", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal(HttpMethod.Get, _stub.Requests[0].Method);
        Assert.Equal("Named", result.Data.Name);
    }

    [Fact]
    public async Task GetAudiobookAsync_PathTraversalId_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _audiobooks.GetAudiobookAsync("../me/player/next"));

        Assert.Equal("Id", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetAudiobookAsync_MalformedMarket_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _audiobooks.GetAudiobookAsync(Id, "usa"));

        Assert.Equal("Market", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetSeveralAudiobooksAsync_MoreIdsThanOneCall_SplitsIntoChunksOf50AndMergesInOrder()
    {
        using var stub = new StubHttpMessageHandler(request => StubResponses.Json(EchoIds(request, "audiobooks")));
        var client = Create(stub);
        var ids = NewIds(120);

        var result = await client.GetSeveralAudiobooksAsync(ids, "SE");

        Assert.Equal(3, stub.RequestCount);
        Assert.Equal([50, 50, 20], stub.Requests.Select(r => r.Query["ids"].Split(',').Length));
        Assert.All(stub.Requests, r => Assert.StartsWith("https://api.test/v1/audiobooks?ids=", r.RequestUri.AbsoluteUri, StringComparison.Ordinal));
        Assert.All(stub.Requests, r => Assert.Equal("SE", r.Query["market"]));
        Assert.Equal(ids, result.Data.Audiobooks.Select(item => item!.Id));
        Assert.Equal(3, result.Responses.Count);
        Assert.Equal(ids, result.Request.Ids);
    }

    [Fact]
    public async Task GetSeveralAudiobooksAsync_UnknownIdAnsweredWithNull_KeepsTheNullEntry()
    {
        _stub.EnqueueJson("""{"audiobooks":[{"id":"4rOoJ6Egrf8K2IrywzwOMk"},null]}""");

        var result = await _audiobooks.GetSeveralAudiobooksAsync(new GetSeveralAudiobooksRequest([Id, "0000000000000000000000"]));

        Assert.Equal("https://api.test/v1/audiobooks?ids=4rOoJ6Egrf8K2IrywzwOMk%2C0000000000000000000000", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal(Id, result.Data.Audiobooks[0]!.Id);
        Assert.Null(result.Data.Audiobooks[1]);
    }

    [Fact]
    public async Task GetSeveralAudiobooksAsync_OneInvalidIdAmongMany_ThrowsAndSendsNothing()
    {
        var ids = NewIds(70).Append("not-an-id").ToArray();

        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _audiobooks.GetSeveralAudiobooksAsync(ids));

        Assert.Equal("Ids", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetAudiobookChaptersAsync_ConvenienceOverload_PassesEveryArgument()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"id":"i1","name":"One"}],"limit":5,"next":null,"offset":10,"previous":null,"total":11}""");

        var result = await _audiobooks.GetAudiobookChaptersAsync(Id, limit: 5, offset: 10, market: "SE");

        Assert.Equal("https://api.test/v1/audiobooks/4rOoJ6Egrf8K2IrywzwOMk/chapters?market=SE&limit=5&offset=10", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("One", Assert.Single(result.Data.Items).Name);
        Assert.Equal(11, result.Data.Total);
    }

    [Fact]
    public async Task GetAudiobookChaptersAsync_LimitAboveMaximum_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _audiobooks.GetAudiobookChaptersAsync(Id, limit: 51));

        Assert.Equal("Limit", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task EnumerateAudiobookChaptersAsync_ThreePages_FollowsNextUntilNull()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"id":"i1","name":"A"},{"id":"i2","name":"B"}],"limit":2,"next":"https://api.test/v1/audiobooks/4rOoJ6Egrf8K2IrywzwOMk/chapters?offset=2&limit=2","offset":0,"previous":null,"total":5}""")
             .EnqueueJson("""{"href":"h","items":[{"id":"i3","name":"C"},{"id":"i4","name":"D"}],"limit":2,"next":"https://api.test/v1/audiobooks/4rOoJ6Egrf8K2IrywzwOMk/chapters?offset=4&limit=2","offset":2,"previous":null,"total":5}""")
             .EnqueueJson("""{"href":"h","items":[{"id":"i5","name":"E"}],"limit":2,"next":null,"offset":4,"previous":null,"total":5}""");

        var names = new List<string>();
        await foreach (var item in _audiobooks.EnumerateAudiobookChaptersAsync(new GetAudiobookChaptersRequest(Id) { Limit = 2 }))
        {
            names.Add(item.Name);
        }

        Assert.Equal(["A", "B", "C", "D", "E"], names);
        Assert.Equal(
            ["https://api.test/v1/audiobooks/4rOoJ6Egrf8K2IrywzwOMk/chapters?limit=2", "https://api.test/v1/audiobooks/4rOoJ6Egrf8K2IrywzwOMk/chapters?offset=2&limit=2", "https://api.test/v1/audiobooks/4rOoJ6Egrf8K2IrywzwOMk/chapters?offset=4&limit=2"],
            _stub.Requests.Select(r => r.RequestUri.AbsoluteUri));
    }

    [Fact]
    public async Task GetUserSavedAudiobooksAsync_ConvenienceOverload_PassesEveryArgument()
    {
        _stub.EnqueueJson("""{"href":"h","items":[],"limit":3,"next":null,"offset":6,"previous":null,"total":6}""");

        var result = await _audiobooks.GetUserSavedAudiobooksAsync(limit: 3, offset: 6);

        Assert.Equal("https://api.test/v1/me/audiobooks?limit=3&offset=6", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Empty(result.Data.Items);
        Assert.Equal(6, result.Data.Total);
    }

    [Fact]
    public async Task EnumerateUserSavedAudiobooksAsync_NoRequest_PagesOf50AcrossTwoPages()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"added_at":"2024-01-02T03:04:05Z","audiobook":{"id":"i1"}}],"limit":50,"next":"https://api.test/v1/me/audiobooks?offset=50&limit=50","offset":0,"previous":null,"total":51}""")
             .EnqueueJson("""{"href":"h","items":[{"added_at":"2024-01-01T00:00:00Z","audiobook":{"id":"i2"}}],"limit":50,"next":null,"offset":50,"previous":null,"total":51}""");

        var saved = new List<string>();
        await foreach (var item in _audiobooks.EnumerateUserSavedAudiobooksAsync())
        {
            saved.Add(item.Audiobook.Id);
        }

        Assert.Equal(["i1", "i2"], saved);
        Assert.Equal(["https://api.test/v1/me/audiobooks?limit=50", "https://api.test/v1/me/audiobooks?offset=50&limit=50"], _stub.Requests.Select(r => r.RequestUri.AbsoluteUri));
    }

    [Fact]
    public async Task SaveAudiobooksForUserAsync_75Ids_TwoPutsOf50And25()
    {
        _stub.Enqueue(HttpStatusCode.OK).Enqueue(HttpStatusCode.OK);
        var ids = NewIds(75);

        var result = await _audiobooks.SaveAudiobooksForUserAsync(ids);

        Assert.All(_stub.Requests, r => Assert.Equal(HttpMethod.Put, r.Method));
        Assert.Equal([50, 25], _stub.Requests.Select(r => r.Query["ids"].Split(',').Length));
        Assert.Equal(ids, _stub.Requests.SelectMany(r => r.Query["ids"].Split(',')));
        Assert.All(_stub.Requests, r => Assert.StartsWith("https://api.test/v1/me/audiobooks?ids=", r.RequestUri.AbsoluteUri, StringComparison.Ordinal));
        Assert.Equal(2, result.Responses.Count);
    }

    [Fact]
    public async Task RemoveUserSavedAudiobooksAsync_SecondChunkFails_BatchExceptionSaysWhatWasApplied()
    {
        _stub.Enqueue(HttpStatusCode.OK)
             .Enqueue(() => StubResponses.ApiError(HttpStatusCode.Forbidden, "Insufficient client scope"));
        var ids = NewIds(120);

        var exception = await Assert.ThrowsAsync<SpotifyBatchException>(() => _audiobooks.RemoveUserSavedAudiobooksAsync(ids));

        Assert.Equal(2, _stub.RequestCount);
        Assert.All(_stub.Requests, r => Assert.Equal(HttpMethod.Delete, r.Method));
        Assert.Equal(ids[..50], exception.AppliedItems);
        Assert.Equal(ids[50..100], exception.FailedItems);
        Assert.Equal(ids[100..], exception.NotSentItems);
    }

    [Fact]
    public async Task CheckUserSavedAudiobooksAsync_60Ids_TwoCallsWithFlagsConcatenatedInOrder()
    {
        _stub.EnqueueJson("[" + string.Join(',', Enumerable.Range(0, 50).Select(i => i % 2 == 0 ? "true" : "false")) + "]")
             .EnqueueJson("[false,false,false,false,false,false,false,false,false,true]");
        var ids = NewIds(60);

        var result = await _audiobooks.CheckUserSavedAudiobooksAsync(ids);

        Assert.Equal(2, _stub.RequestCount);
        Assert.Equal("https://api.test/v1/me/audiobooks/contains?ids=" + string.Join("%2C", ids[50..]), _stub.Requests[1].RequestUri.AbsoluteUri);
        Assert.Equal(60, result.Data.Count);
        Assert.True(result.Data[0]);
        Assert.False(result.Data[1]);
        Assert.True(result.Data[59]);
        Assert.False(result.Data[58]);
    }

    [Fact]
    public async Task SaveAudiobooksForUserAsync_EmptyIds_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _audiobooks.SaveAudiobooksForUserAsync([]));

        Assert.Equal("Ids", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetAudiobookAsync_Metadata_NoScopeSoClientCredentialsCanCall()
    {
        _stub.EnqueueJson("""{"id":"4rOoJ6Egrf8K2IrywzwOMk"}""");

        await _audiobooks.GetAudiobookAsync(Id);

        var metadata = Assert.Single(_stub.Requests).Metadata;
        Assert.NotNull(metadata);
        Assert.Empty(metadata.Scopes.GetMissing(new HashSet<string>(StringComparer.Ordinal)));
        Assert.True(metadata.IsIdempotent);
    }

    [Fact]
    public async Task SaveAudiobooksForUserAsync_Metadata_RequiresLibraryModifyAndIsIdempotent()
    {
        _stub.Enqueue(HttpStatusCode.OK);

        await _audiobooks.SaveAudiobooksForUserAsync([Id]);

        var metadata = Assert.Single(_stub.Requests).Metadata;
        Assert.NotNull(metadata);
        Assert.Equal(["user-library-modify"], metadata.Scopes.GetMissing(new HashSet<string>(["user-library-read"], StringComparer.Ordinal)));
        Assert.True(metadata.IsIdempotent);
    }

    [Theory]
    [InlineData(nameof(IAudiobooksClient.GetSeveralAudiobooksAsync), SpotifyDeprecations.MultiGet)]
    [InlineData(nameof(IAudiobooksClient.SaveAudiobooksForUserAsync), SpotifyDeprecations.PerTypeLibrary)]
    [InlineData(nameof(IAudiobooksClient.RemoveUserSavedAudiobooksAsync), SpotifyDeprecations.PerTypeLibrary)]
    [InlineData(nameof(IAudiobooksClient.CheckUserSavedAudiobooksAsync), SpotifyDeprecations.PerTypeLibrary)]
    public void DeprecatedOperation_InterfaceMethod_ObsoleteWithReason(string method, string reason)
    {
        var overloads = typeof(IAudiobooksClient).GetMethods().Where(m => m.Name == method).ToArray();

        Assert.NotEmpty(overloads);
        foreach (var overload in overloads)
        {
            var obsolete = overload.GetCustomAttribute<ObsoleteAttribute>();
            Assert.NotNull(obsolete);
            Assert.Equal(reason, obsolete.Message);
            Assert.False(obsolete.IsError);
        }
    }

    [Theory]
    [InlineData(nameof(IAudiobooksClient.GetAudiobookAsync))]
    [InlineData(nameof(IAudiobooksClient.GetAudiobookChaptersAsync))]
    [InlineData(nameof(IAudiobooksClient.EnumerateAudiobookChaptersAsync))]
    [InlineData(nameof(IAudiobooksClient.GetUserSavedAudiobooksAsync))]
    [InlineData(nameof(IAudiobooksClient.EnumerateUserSavedAudiobooksAsync))]
    public void CurrentOperation_InterfaceMethod_NotObsolete(string method)
    {
        var overloads = typeof(IAudiobooksClient).GetMethods().Where(candidate => candidate.Name == method).ToArray();

        Assert.NotEmpty(overloads);
        Assert.All(overloads, candidate => Assert.Null(candidate.GetCustomAttribute<ObsoleteAttribute>()));
    }

    private static AudiobooksClient Create(StubHttpMessageHandler stub) =>
        new(new SpotifyApiConnection(() => new HttpClient(stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));

    /// <summary>Distinct valid IDs (22 digits), in a known order.</summary>
    private static string[] NewIds(int count) => [.. Enumerable.Range(1, count).Select(i => i.ToString("D22", System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>A multi-get response naming each requested ID, so merging can be checked against the input order.</summary>
    private static string EchoIds(RecordedRequest request, string property)
    {
        var builder = new StringBuilder("{\"").Append(property).Append("\":[");
        builder.AppendJoin(',', request.Query["ids"].Split(',').Select(id => "{\"id\":\"" + id + "\"}"));
        return builder.Append("]}").ToString();
    }
}
