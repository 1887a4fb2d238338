using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Reflection;
using System.Text.Json;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;

#pragma warning disable CS0618 // Most Tracks operations are deprecated, still served to apps with extended quota, and must keep working.

namespace Spotantic.Core.Tests.Clients.Tracks;

public sealed class TracksClientTests : IDisposable
{
    private const string TrackId = "11dFghVXANMlKmJXsNCbNl";

    private readonly StubHttpMessageHandler _stub = new();
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private readonly ITracksClient _tracks;

    public TracksClientTests()
    {
        _tracks = Create(_stub);
    }

    public void Dispose() => _stub.Dispose();

    private static string[] Ids(int count) => [.. Enumerable.Range(0, count).Select(i => $"track{i:D15}xy")];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private static ITracksClient Create(StubHttpMessageHandler stub) =>
        new TracksClient(new SpotifyApiConnection(() => new HttpClient(stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));

    [Fact]
    public async Task GetTrackAsync_ConvenienceOverload_SendsSameAsRequestRecord()
    {
        _stub.EnqueueJson("""{"id":"11dFghVXANMlKmJXsNCbNl","name":"Cut To The Feeling","type":"track","album":{"id":"a","name":"Album"}}""");

        var result = await _tracks.GetTrackAsync(TrackId, "ES");

        Assert.Equal(new GetTrackRequest(TrackId) { Market = "ES" }, result.Request);
        Assert.Equal("https://api.test/v1/tracks/11dFghVXANMlKmJXsNCbNl?market=ES", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("Album", result.Data.Album.Name);
    }

    [Fact]
    public async Task GetTrackAsync_InvalidId_ThrowsAndSendsNothing()
    {
        Assert.Equal("Id", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _tracks.GetTrackAsync("..%2Fme"))).ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetSeveralTracksAsync_120Ids_ThreeChunksMergedInOrderWithMarketOnEach()
    {
        var ids = Ids(120);
        using var stub = new StubHttpMessageHandler(request =>
            StubResponses.Json("{\"tracks\":[" + string.Join(',', request.Query["ids"].Split(',').Select(id => id.EndsWith("5xy", StringComparison.Ordinal) ? "null" : $"{{\"id\":\"{id}\",\"type\":\"track\"}}")) + "]}"));

        var result = await Create(stub).GetSeveralTracksAsync(ids, "SE");

        Assert.Equal([50, 50, 20], stub.Requests.Select(r => r.Query["ids"].Split(',').Length));
        Assert.All(stub.Requests, r => Assert.Equal("SE", r.Query["market"]));
        Assert.Equal(ids.Select(id => id.EndsWith("5xy", StringComparison.Ordinal) ? null : id), result.Data.Tracks.Select(t => t?.Id));
    }

    [Fact]
    public async Task GetUserSavedTracksAsync_ConvenienceOverload_PassesEveryArgument()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"added_at":"2024-01-02T03:04:05Z","track":{"id":"11dFghVXANMlKmJXsNCbNl","name":"T","type":"track"}}],"limit":5,"next":null,"offset":10,"previous":null,"total":11}""");

        var result = await _tracks.GetUserSavedTracksAsync(limit: 5, offset: 10, market: "US");

        Assert.Equal("https://api.test/v1/me/tracks?market=US&limit=5&offset=10", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), Assert.Single(result.Data.Items).AddedAt);
        Assert.Equal([SpotifyScopes.UserLibraryRead], Assert.Single(_stub.Requests).Metadata!.Scopes.Scopes);
    }

    [Fact]
    public async Task EnumerateUserSavedTracksAsync_Default_PagesOfFiftyAcrossTwoPages()
    {
        _stub.EnqueueJson("""{"href":"h","items":[{"added_at":"2024-01-02T03:04:05Z","track":{"id":"t1","name":"T1"}}],"limit":50,"next":"https://api.test/v1/me/tracks?offset=50&limit=50","offset":0,"previous":null,"total":51}""")
             .EnqueueJson("""{"href":"h","items":[{"added_at":"2024-01-01T03:04:05Z","track":{"id":"t2","name":"T2"}}],"limit":50,"next":null,"offset":50,"previous":null,"total":51}""");

        var names = new List<string>();
        await foreach (var saved in _tracks.EnumerateUserSavedTracksAsync())
        {
            names.Add(saved.Track.Name);
        }

        Assert.Equal(["T1", "T2"], names);
        Assert.Equal(["https://api.test/v1/me/tracks?limit=50", "https://api.test/v1/me/tracks?offset=50&limit=50"], _stub.Requests.Select(r => r.RequestUri.AbsoluteUri));
    }

    [Fact]
    public async Task SaveTracksForUserAsync_120Ids_ThreePutsWithJsonBodies()
    {
        var ids = Ids(120);
        using var stub = new StubHttpMessageHandler(_ => StubResponses.Create(HttpStatusCode.OK));

        await Create(stub).SaveTracksForUserAsync(ids);

        Assert.Equal(3, stub.RequestCount);
        Assert.All(stub.Requests, r =>
        {
            Assert.Equal(HttpMethod.Put, r.Method);
            Assert.Equal("https://api.test/v1/me/tracks", r.RequestUri.AbsoluteUri);
            Assert.Equal("application/json", r.ContentType);
        });
        var sent = stub.Requests.SelectMany(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("ids").EnumerateArray().Select(e => e.GetString())).ToArray();
        Assert.Equal(ids, sent);
        Assert.Equal([50, 50, 20], stub.Requests.Select(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("ids").GetArrayLength()));
    }

    [Fact]
    public async Task SaveTracksForUserAsync_Timestamped_EachChunkCarriesItsTimes()
    {
        var start = new DateTimeOffset(2023, 1, 15, 14, 30, 0, TimeSpan.Zero);
        var entries = Ids(60).Select((id, i) => new TimestampedId { Id = id, AddedAt = start.AddMinutes(i) }).ToArray();
        using var stub = new StubHttpMessageHandler(_ => StubResponses.Create(HttpStatusCode.OK));

        await Create(stub).SaveTracksForUserAsync(entries);

        var second = JsonDocument.Parse(stub.Requests[1].Body!).RootElement.GetProperty("timestamped_ids").EnumerateArray().ToArray();
        Assert.Equal(2, stub.RequestCount);
        Assert.Equal(10, second.Length);
        Assert.Equal(entries[50].Id, second[0].GetProperty("id").GetString());
        Assert.Equal("2023-01-15T15:20:00Z", second[0].GetProperty("added_at").GetString());
    }

    [Fact]
    public async Task SaveTracksForUserAsync_SecondChunkFails_BatchExceptionSaysWhatWasApplied()
    {
        var ids = Ids(120);
        _stub.Enqueue(HttpStatusCode.OK).Enqueue(() => StubResponses.ApiError(HttpStatusCode.NotFound, "Resource not found"));

        var exception = await Assert.ThrowsAsync<SpotifyBatchException>(() => _tracks.SaveTracksForUserAsync(ids));

        Assert.Equal(ids[..50], exception.AppliedItems);
        Assert.Equal(ids[50..100], exception.FailedItems);
        Assert.Equal(ids[100..], exception.NotSentItems);
        Assert.Equal(2, _stub.RequestCount);
    }

    [Fact]
    public async Task RemoveUserSavedTracksAsync_60Ids_TwoDeletesWithIdsInQuery()
    {
        var ids = Ids(60);
        using var stub = new StubHttpMessageHandler(_ => StubResponses.Create(HttpStatusCode.OK));

        await Create(stub).RemoveUserSavedTracksAsync(ids);

        Assert.All(stub.Requests, r => Assert.Equal(HttpMethod.Delete, r.Method));
        Assert.Equal(ids, stub.Requests.SelectMany(r => r.Query["ids"].Split(',')));
        Assert.Equal([SpotifyScopes.UserLibraryModify], stub.Requests[0].Metadata!.Scopes.Scopes);
    }

    [Fact]
    public async Task CheckUserSavedTracksAsync_55Ids_TwoChunksFlagsInOrder()
    {
        var ids = Ids(55);
        using var stub = new StubHttpMessageHandler(request =>
            StubResponses.Json("[" + string.Join(',', request.Query["ids"].Split(',').Select(id => id.EndsWith("0xy", StringComparison.Ordinal) ? "true" : "false")) + "]"));

        var result = await Create(stub).CheckUserSavedTracksAsync(ids);

        Assert.Equal(2, stub.RequestCount);
        Assert.Equal(ids.Select(id => id.EndsWith("0xy", StringComparison.Ordinal)), result.Data);
        Assert.StartsWith("https://api.test/v1/me/tracks/contains?ids=", stub.Requests[0].RequestUri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSeveralAudioFeaturesAsync_250Ids_ChunksOfHundredMerged()
    {
        var ids = Ids(250);
        using var stub = new StubHttpMessageHandler(request =>
            StubResponses.Json("{\"audio_features\":[" + string.Join(',', request.Query["ids"].Split(',').Select(id => $"{{\"id\":\"{id}\",\"tempo\":120.5}}")) + "]}"));

        var result = await Create(stub).GetSeveralAudioFeaturesAsync(ids);

        Assert.Equal([100, 100, 50], stub.Requests.Select(r => r.Query["ids"].Split(',').Length));
        Assert.Equal(ids, result.Data.AudioFeatures.Select(f => f!.Id));
        Assert.All(stub.Requests, r => Assert.Equal("/v1/audio-features", r.RequestUri.AbsolutePath));
    }

    [Fact]
    public async Task GetAudioFeaturesAsync_Id_ExactPathAndData()
    {
        _stub.EnqueueJson("""{"id":"11dFghVXANMlKmJXsNCbNl","danceability":0.696,"key":1,"mode":1,"tempo":118.211,"time_signature":4,"type":"audio_features"}""");

        var result = await _tracks.GetAudioFeaturesAsync(TrackId);

        Assert.Equal("https://api.test/v1/audio-features/11dFghVXANMlKmJXsNCbNl", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal(0.696, result.Data.Danceability);
        Assert.Equal(4, result.Data.TimeSignature);
    }

    [Fact]
    public async Task GetAudioAnalysisAsync_Id_ExactPathAndData()
    {
        _stub.EnqueueJson("""{"meta":{"status_code":0},"track":{"tempo":118.2,"key":1},"bars":[{"start":0.5,"duration":2,"confidence":0.9}],"beats":[],"sections":[],"segments":[],"tatums":[]}""");

        var result = await _tracks.GetAudioAnalysisAsync(TrackId);

        Assert.Equal("https://api.test/v1/audio-analysis/11dFghVXANMlKmJXsNCbNl", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal(118.2, result.Data.Track.Tempo);
        Assert.Equal(0.5, Assert.Single(result.Data.Bars).Start);
    }

    [Fact]
    public async Task GetRecommendationsAsync_ConvenienceOverload_SendsSeedsLimitAndMarket()
    {
        _stub.EnqueueJson("""{"seeds":[{"afterFilteringSize":250,"afterRelinkingSize":250,"id":"pop","initialPoolSize":250,"type":"genre"}],"tracks":[{"id":"t","name":"T","type":"track"}]}""");

        var result = await _tracks.GetRecommendationsAsync(seedArtists: ["4NHQUGzhtTLFvgF5SZesLK"], seedGenres: ["pop"], limit: 3, market: "ES");

        Assert.Equal("https://api.test/v1/recommendations?limit=3&market=ES&seed_artists=4NHQUGzhtTLFvgF5SZesLK&seed_genres=pop", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal(250, Assert.Single(result.Data.Seeds).InitialPoolSize);
        Assert.Equal("T", Assert.Single(result.Data.Tracks).Name);
    }

    [Fact]
    public async Task GetRecommendationsAsync_NoSeeds_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _tracks.GetRecommendationsAsync(limit: 5));

        Assert.Equal("SeedArtists", exception.ParamName);

        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task GetRecommendationsAsync_TargetOutOfRange_ThrowsAndSendsNothing()
    {
        var request = new GetRecommendationsRequest { SeedGenres = ["pop"], TargetDanceability = 1.5 };

        Assert.Equal("TargetDanceability", (await Assert.ThrowsAnyAsync<ArgumentException>(() => _tracks.GetRecommendationsAsync(request))).ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Theory]
    [InlineData(nameof(ITracksClient.GetSeveralTracksAsync), SpotifyDeprecations.MultiGet)]
    [InlineData(nameof(ITracksClient.SaveTracksForUserAsync), SpotifyDeprecations.PerTypeLibrary)]
    [InlineData(nameof(ITracksClient.RemoveUserSavedTracksAsync), SpotifyDeprecations.PerTypeLibrary)]
    [InlineData(nameof(ITracksClient.CheckUserSavedTracksAsync), SpotifyDeprecations.PerTypeLibrary)]
    [InlineData(nameof(ITracksClient.GetSeveralAudioFeaturesAsync), SpotifyDeprecations.November2024)]
    [InlineData(nameof(ITracksClient.GetAudioFeaturesAsync), SpotifyDeprecations.November2024)]
    [InlineData(nameof(ITracksClient.GetAudioAnalysisAsync), SpotifyDeprecations.November2024)]
    [InlineData(nameof(ITracksClient.GetRecommendationsAsync), SpotifyDeprecations.November2024)]
    public void DeprecatedOperation_InterfaceMethod_ObsoleteWithReason(string method, string reason)
    {
        var overloads = typeof(ITracksClient).GetMethods().Where(m => m.Name == method).ToArray();

        Assert.True(overloads.Length >= 2);
        Assert.All(overloads, overload => Assert.Equal(reason, overload.GetCustomAttribute<ObsoleteAttribute>()?.Message));
    }

    [Theory]
    [InlineData(nameof(ITracksClient.GetTrackAsync))]
    [InlineData(nameof(ITracksClient.GetUserSavedTracksAsync))]
    [InlineData(nameof(ITracksClient.EnumerateUserSavedTracksAsync))]
    public void CurrentOperation_InterfaceMethod_NotObsolete(string method)
    {
        var candidates = typeof(ITracksClient).GetMethods().Where(candidate => candidate.Name == method).ToArray();

        Assert.NotEmpty(candidates);
        Assert.All(candidates, candidate => Assert.Null(candidate.GetCustomAttribute<ObsoleteAttribute>()));
    }
}
