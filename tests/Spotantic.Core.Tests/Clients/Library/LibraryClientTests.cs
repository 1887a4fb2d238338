using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;

namespace Spotantic.Core.Tests.Clients.Library;

public sealed class LibraryClientTests : IDisposable
{
    private readonly StubHttpMessageHandler _stub = new();

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task SaveLibraryItemsAsync_MixedUris_SendsOnePutWithUris()
    {
        _stub.Enqueue(HttpStatusCode.OK);
        string[] uris = ["spotify:track:7a3LWj5xSFhFRYmztS8wgK", "spotify:user:smedjan"];

        var result = await CreateClient().SaveLibraryItemsAsync(uris);

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Put, sent.Method);
        Assert.Equal("https://api.test/v1/me/library?uris=spotify%3Atrack%3A7a3LWj5xSFhFRYmztS8wgK%2Cspotify%3Auser%3Asmedjan", sent.RequestUri.AbsoluteUri);
        Assert.Null(sent.Body);
        Assert.Equal(uris, result.Request.Uris);
        Assert.Equal("save-library-items", sent.Metadata!.Operation.Id);
    }

    [Fact]
    public async Task SaveLibraryItemsAsync_HundredAndTwentyUris_ThreeChunksOfFortyInOrder()
    {
        var uris = MixedUris(120);
        _stub.Enqueue(HttpStatusCode.OK).Enqueue(HttpStatusCode.OK).Enqueue(HttpStatusCode.OK);

        var result = await CreateClient().SaveLibraryItemsAsync(uris);

        Assert.Equal(3, _stub.RequestCount);
        Assert.All(_stub.Requests, request => Assert.Equal(HttpMethod.Put, request.Method));
        Assert.Equal(uris, _stub.Requests.SelectMany(request => request.Query["uris"].Split(',')));
        Assert.All(_stub.Requests, request => Assert.Equal(40, request.Query["uris"].Split(',').Length));
        Assert.Equal(3, result.Responses.Count);
        Assert.Equal(120, result.Request.Uris.Count);
    }

    [Fact]
    public async Task RemoveLibraryItemsAsync_SecondChunkFails_BatchExceptionSaysWhatWasApplied()
    {
        var uris = MixedUris(90);
        _stub.Enqueue(HttpStatusCode.OK).Enqueue(() => StubResponses.ApiError(HttpStatusCode.BadRequest, "Invalid Spotify URI"));

        var exception = await Assert.ThrowsAsync<SpotifyBatchException>(() => CreateClient().RemoveLibraryItemsAsync(uris));

        Assert.Equal("remove-library-items", exception.OperationId);
        Assert.Equal(uris.Take(40), exception.AppliedItems);
        Assert.Equal(uris.Skip(40).Take(40), exception.FailedItems);
        Assert.Equal(uris.Skip(80), exception.NotSentItems);
        Assert.Equal(2, _stub.RequestCount);
        Assert.All(_stub.Requests, request => Assert.Equal(HttpMethod.Delete, request.Method));
    }

    [Fact]
    public async Task CheckLibraryContainsAsync_EightyFiveUris_ChunksMergedInInputOrder()
    {
        var uris = MixedUris(85);
        var expected = uris.Select((_, i) => i % 3 == 0).ToArray();
        _stub.EnqueueJson(Flags(expected[..40])).EnqueueJson(Flags(expected[40..80])).EnqueueJson(Flags(expected[80..]));

        var result = await CreateClient().CheckLibraryContainsAsync(uris);

        Assert.Equal(expected, result.Data);
        Assert.Equal(3, _stub.RequestCount);
        Assert.Equal(uris, _stub.Requests.SelectMany(request => request.Query["uris"].Split(',')));
        Assert.All(_stub.Requests, request => Assert.Equal("/v1/me/library/contains", request.RequestUri.AbsolutePath));
    }

    [Theory]
    [InlineData("spotify:chapter:0D5wENdkdwbqlrHoaJ9g29")]
    [InlineData("spotify:track:../../me/player/next")]
    [InlineData("spotify:user:a,b")]
    public async Task AllOperations_InvalidUri_ThrowBeforeSendingAnything(string invalid)
    {
        var client = CreateClient();
        string[] uris = ["spotify:track:7a3LWj5xSFhFRYmztS8wgK", invalid];

        Assert.Equal("Uris", (await Assert.ThrowsAnyAsync<ArgumentException>(() => client.SaveLibraryItemsAsync(uris))).ParamName);
        Assert.Equal("Uris", (await Assert.ThrowsAnyAsync<ArgumentException>(() => client.RemoveLibraryItemsAsync(uris))).ParamName);
        Assert.Equal("Uris", (await Assert.ThrowsAnyAsync<ArgumentException>(() => client.CheckLibraryContainsAsync(uris))).ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task SaveLibraryItemsAsync_NullUris_ThrowsNamingUris()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => CreateClient().SaveLibraryItemsAsync((IEnumerable<string>)null!));

        Assert.Equal("uris", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task SaveLibraryItemsAsync_TracksWithLibraryModifyOnly_Sent()
    {
        _stub.Enqueue(HttpStatusCode.OK);
        var client = CreateClient(scope: SpotifyScopes.UserLibraryModify);

        await client.SaveLibraryItemsAsync(["spotify:track:7a3LWj5xSFhFRYmztS8wgK", "spotify:album:4aawyAB9vmqN3uQ7FjRGTy"]);

        Assert.Equal(1, _stub.RequestCount);
    }

    [Fact]
    public async Task SaveLibraryItemsAsync_ArtistWithLibraryModifyOnly_RefusedAndNothingSent()
    {
        var client = CreateClient(scope: SpotifyScopes.UserLibraryModify);

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => client.SaveLibraryItemsAsync(["spotify:track:7a3LWj5xSFhFRYmztS8wgK", "spotify:artist:2takcwOaAZWiXQijPHIx7B"]));

        Assert.Equal([SpotifyScopes.UserFollowModify], exception.MissingScopes);
        Assert.Equal("save-library-items", exception.OperationId);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task SaveLibraryItemsAsync_ArtistOnlyInLastChunk_RefusedBeforeTheFirstChunk()
    {
        var uris = Enumerable.Range(0, 80).Select(i => "spotify:track:" + Id(i)).Append("spotify:artist:2takcwOaAZWiXQijPHIx7B").ToArray();
        var client = CreateClient(scope: SpotifyScopes.UserLibraryModify);

        var exception = await Assert.ThrowsAsync<SpotifyBatchException>(() => client.SaveLibraryItemsAsync(uris));

        Assert.Empty(exception.AppliedItems);
        var inner = Assert.IsType<SpotifyInsufficientScopeException>(exception.InnerException);
        Assert.Equal([SpotifyScopes.UserFollowModify], inner.MissingScopes);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Theory]
    [InlineData("playlist-modify-public")]
    [InlineData("playlist-modify-private")]
    public async Task SaveLibraryItemsAsync_PlaylistWithEitherModifyScope_Sent(string scope)
    {
        _stub.Enqueue(HttpStatusCode.OK);

        await CreateClient(scope).SaveLibraryItemsAsync(["spotify:playlist:3cEYpjA9oz9GiPac4AsH4n"]);

        Assert.Equal(1, _stub.RequestCount);
    }

    [Fact]
    public async Task CheckLibraryContainsAsync_ArtistsAndUsersWithFollowReadOnly_Sent()
    {
        _stub.EnqueueJson("[true,false]");

        var result = await CreateClient(SpotifyScopes.UserFollowRead).CheckLibraryContainsAsync(["spotify:artist:2takcwOaAZWiXQijPHIx7B", "spotify:user:smedjan"]);

        Assert.Equal([true, false], result.Data);
    }

    [Fact]
    public async Task CheckLibraryContainsAsync_PlaylistWithoutReadPrivate_RefusedAndNothingSent()
    {
        var client = CreateClient($"{SpotifyScopes.UserLibraryRead} {SpotifyScopes.PlaylistModifyPrivate}");

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => client.CheckLibraryContainsAsync(["spotify:track:7a3LWj5xSFhFRYmztS8wgK", "spotify:playlist:3cEYpjA9oz9GiPac4AsH4n"]));

        Assert.Equal([SpotifyScopes.PlaylistReadPrivate], exception.MissingScopes);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task RemoveLibraryItemsAsync_ReadScopesOnly_RefusedNamingEveryMissingScope()
    {
        var client = CreateClient($"{SpotifyScopes.UserLibraryRead} {SpotifyScopes.UserFollowRead}");

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => client.RemoveLibraryItemsAsync(["spotify:show:38bS44xjbVVZ3No3ByF1dJ", "spotify:user:smedjan"]));

        Assert.Equal([SpotifyScopes.UserLibraryModify, SpotifyScopes.UserFollowModify], exception.MissingScopes);
        Assert.Equal(0, _stub.RequestCount);
    }

    private static string[] MixedUris(int count)
    {
        string[] types = ["track", "album", "episode", "show", "audiobook", "artist", "playlist"];
        return [.. Enumerable.Range(0, count).Select(i => i % 8 == 7 ? "spotify:user:user" + i : $"spotify:{types[i % 8 % types.Length]}:{Id(i)}")];
    }

    private static string Id(int i) => "0000000000000000000" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    private static string Flags(IEnumerable<bool> values) => "[" + string.Join(',', values.Select(v => v ? "true" : "false")) + "]";

    /// <summary>A client whose chain checks scopes against a token with <paramref name="scope"/> (every scope when null).</summary>
    private LibraryClient CreateClient(string? scope = null)
    {
        var tokens = new FakeSpotifyTokenManager(scope ?? string.Join(' ', SpotifyScopes.All));
        var handler = SpotifyHandlerChain.Link([new SpotifyScopeCheckHandler(tokens, NullLogger.Instance)], _stub);
        return new LibraryClient(new SpotifyApiConnection(() => new HttpClient(handler, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));
    }
}
