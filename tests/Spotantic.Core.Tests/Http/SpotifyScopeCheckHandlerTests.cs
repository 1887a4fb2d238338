using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;
using Spotantic.Http;

namespace Spotantic.Core.Tests.Http;

public sealed class SpotifyScopeCheckHandlerTests : IDisposable
{
    private readonly StubHttpMessageHandler _stub = new(_ => new HttpResponseMessage(HttpStatusCode.OK));

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task SendAsync_MissingScopes_ThrowsListingThemAndSendsNothing()
    {
        using var client = CreateClient(new FakeSpotifyTokenManager(scope: "user-library-read playlist-read-private"));
        var operation = new SpotifyOperation("test-op", HttpMethod.Put, "/me/things", ScopeRequirement.AllOf("user-library-read", "user-library-modify", "user-follow-modify"), isIdempotent: true);

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => client.SendAsync(Request(operation)));

        Assert.Equal(["user-library-modify", "user-follow-modify"], exception.MissingScopes);
        Assert.Equal("test-op", exception.OperationId);
        Assert.Contains("user-library-modify user-follow-modify", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_MissingScopes_ExceptionNamesTheKeyAndAppOnlyInProperties()
    {
        var handler = new SpotifyScopeCheckHandler(new FakeSpotifyTokenManager(scope: "user-library-read"), NullLogger.Instance, "partner");
        using var client = new HttpClient(SpotifyHandlerChain.Link([handler], _stub));
        var operation = new SpotifyOperation("test-op", HttpMethod.Put, "/me/things", ScopeRequirement.AllOf("user-library-modify"), isIdempotent: true);
        var request = Request(operation);
        request.Options.Set(SpotifyRequestMetadata.Key, new SpotifyRequestMetadata(operation, operation.Scopes, operation.IsIdempotent) { TokenKey = "spotify:user:alice" });

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => client.SendAsync(request));

        Assert.Equal("spotify:user:alice", exception.TokenKey);
        Assert.Equal("partner", exception.AppName);
        Assert.DoesNotContain("alice", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ClientCredentialsTokenWithoutScopes_ThrowsForUserOperation()
    {
        using var client = CreateClient(new FakeSpotifyTokenManager(scope: null));
        var operation = new SpotifyOperation("get-users-saved-albums", HttpMethod.Get, "/me/albums", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead), isIdempotent: true);

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => client.SendAsync(Request(operation)));

        Assert.Equal([SpotifyScopes.UserLibraryRead], exception.MissingScopes);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_AllScopesGranted_Sends()
    {
        using var client = CreateClient(new FakeSpotifyTokenManager(scope: "user-library-modify user-library-read"));
        var operation = new SpotifyOperation("test-op", HttpMethod.Put, "/me/things", ScopeRequirement.AllOf("user-library-read", "user-library-modify"), isIdempotent: true);

        using var response = await client.SendAsync(Request(operation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_AnyOfSatisfiedByOne_Sends()
    {
        using var client = CreateClient(new FakeSpotifyTokenManager(scope: "playlist-modify-private"));
        var operation = new SpotifyOperation("test-op", HttpMethod.Post, "/playlists/{id}/items", ScopeRequirement.AnyOf("playlist-modify-public", "playlist-modify-private"), isIdempotent: false);

        using var response = await client.SendAsync(Request(operation));

        Assert.Equal(1, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_AnyOfSatisfiedByNone_ThrowsListingAlternatives()
    {
        using var client = CreateClient(new FakeSpotifyTokenManager(scope: "user-library-read"));
        var operation = new SpotifyOperation("test-op", HttpMethod.Post, "/playlists/{id}/items", ScopeRequirement.AnyOf("playlist-modify-public", "playlist-modify-private"), isIdempotent: false);

        var exception = await Assert.ThrowsAsync<SpotifyInsufficientScopeException>(() => client.SendAsync(Request(operation)));

        Assert.Equal(["playlist-modify-public", "playlist-modify-private"], exception.MissingScopes);
        Assert.Contains("any of", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public async Task SendAsync_OperationWithoutScopes_SendsWithoutAskingForToken()
    {
        var tokens = new FakeSpotifyTokenManager(scope: null);
        using var client = CreateClient(tokens);
        var operation = new SpotifyOperation("get-an-album", HttpMethod.Get, "/albums/{id}", ScopeRequirement.None, isIdempotent: true);

        using var response = await client.SendAsync(Request(operation));

        Assert.Equal(1, _stub.RequestCount);
        Assert.Equal(0, tokens.GetCount);
    }

    [Fact]
    public async Task SendAsync_RequestWithoutMetadata_PassesThrough()
    {
        using var client = CreateClient(new FakeSpotifyTokenManager(scope: null));

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://api.test/v1/me/albums"));

        Assert.Equal(1, _stub.RequestCount);
    }

    private HttpClient CreateClient(FakeSpotifyTokenManager tokens) =>
        new(SpotifyHandlerChain.Link([new SpotifyScopeCheckHandler(tokens, NullLogger.Instance)], _stub));

    private static HttpRequestMessage Request(SpotifyOperation operation)
    {
        var request = new HttpRequestMessage(operation.Method, "https://api.test/v1" + operation.PathTemplate);
        request.Options.Set(SpotifyRequestMetadata.Key, new SpotifyRequestMetadata(operation, operation.Scopes, operation.IsIdempotent));
        return request;
    }
}
