using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Clients.Chapters;

#pragma warning disable CS0618 // The deprecated operations are still served to apps with extended quota and must keep working.

public sealed class ChaptersClientTests : IDisposable
{
    private const string Id = "4rOoJ6Egrf8K2IrywzwOMk";

    private readonly StubHttpMessageHandler _stub = new();
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private readonly IChaptersClient _chapters;

    public ChaptersClientTests()
    {
        _chapters = Create(_stub);
    }

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task GetChapterAsync_ConvenienceOverload_SendsSameAsRequestRecord()
    {
        _stub.EnqueueJson("""{"id":"4rOoJ6Egrf8K2IrywzwOMk","name":"Named"}""");

        var result = await _chapters.GetChapterAsync(Id, "ES");

        Assert.Equal(new GetChapterRequest(Id) { Market = "ES" }, result.Request);
        Assert.Equal("https://api.test/v1/chapters/4rOoJ6Egrf8K2IrywzwOMk?market=ES", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal(HttpMethod.Get, _stub.Requests[0].Method);
        Assert.Equal("Named", result.Data.Name);
    }

    [Fact]
    public async Task GetChapterAsync_PathTraversalId_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _chapters.GetChapterAsync("../me/player/next"));

        Assert.Equal("Id", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetChapterAsync_MalformedMarket_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _chapters.GetChapterAsync(Id, "usa"));

        Assert.Equal("Market", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetSeveralChaptersAsync_MoreIdsThanOneCall_SplitsIntoChunksOf50AndMergesInOrder()
    {
        using var stub = new StubHttpMessageHandler(request => StubResponses.Json(EchoIds(request, "chapters")));
        var client = Create(stub);
        var ids = NewIds(120);

        var result = await client.GetSeveralChaptersAsync(ids, "SE");

        Assert.Equal(3, stub.RequestCount);
        Assert.Equal([50, 50, 20], stub.Requests.Select(r => r.Query["ids"].Split(',').Length));
        Assert.All(stub.Requests, r => Assert.StartsWith("https://api.test/v1/chapters?ids=", r.RequestUri.AbsoluteUri, StringComparison.Ordinal));
        Assert.All(stub.Requests, r => Assert.Equal("SE", r.Query["market"]));
        Assert.Equal(ids, result.Data.Chapters.Select(item => item!.Id));
        Assert.Equal(3, result.Responses.Count);
        Assert.Equal(ids, result.Request.Ids);
    }

    [Fact]
    public async Task GetSeveralChaptersAsync_UnknownIdAnsweredWithNull_KeepsTheNullEntry()
    {
        _stub.EnqueueJson("""{"chapters":[{"id":"4rOoJ6Egrf8K2IrywzwOMk"},null]}""");

        var result = await _chapters.GetSeveralChaptersAsync(new GetSeveralChaptersRequest([Id, "0000000000000000000000"]));

        Assert.Equal("https://api.test/v1/chapters?ids=4rOoJ6Egrf8K2IrywzwOMk%2C0000000000000000000000", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal(Id, result.Data.Chapters[0]!.Id);
        Assert.Null(result.Data.Chapters[1]);
    }

    [Fact]
    public async Task GetSeveralChaptersAsync_OneInvalidIdAmongMany_ThrowsAndSendsNothing()
    {
        var ids = NewIds(70).Append("not-an-id").ToArray();

        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _chapters.GetSeveralChaptersAsync(ids));

        Assert.Equal("Ids", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetChapterAsync_Metadata_NoScopeSoClientCredentialsCanCall()
    {
        _stub.EnqueueJson("""{"id":"4rOoJ6Egrf8K2IrywzwOMk"}""");

        await _chapters.GetChapterAsync(Id);

        var metadata = Assert.Single(_stub.Requests).Metadata;
        Assert.NotNull(metadata);
        Assert.Empty(metadata.Scopes.GetMissing(new HashSet<string>(StringComparer.Ordinal)));
        Assert.True(metadata.IsIdempotent);
    }

    [Theory]
    [InlineData(nameof(IChaptersClient.GetSeveralChaptersAsync), SpotifyDeprecations.MultiGet)]
    public void DeprecatedOperation_InterfaceMethod_ObsoleteWithReason(string method, string reason)
    {
        var overloads = typeof(IChaptersClient).GetMethods().Where(m => m.Name == method).ToArray();

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
    [InlineData(nameof(IChaptersClient.GetChapterAsync))]
    public void CurrentOperation_InterfaceMethod_NotObsolete(string method)
    {
        var overloads = typeof(IChaptersClient).GetMethods().Where(candidate => candidate.Name == method).ToArray();

        Assert.NotEmpty(overloads);
        Assert.All(overloads, candidate => Assert.Null(candidate.GetCustomAttribute<ObsoleteAttribute>()));
    }

    private static ChaptersClient Create(StubHttpMessageHandler stub) =>
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
