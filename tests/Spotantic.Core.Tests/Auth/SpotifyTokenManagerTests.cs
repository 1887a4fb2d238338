using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;

namespace Spotantic.Core.Tests.Auth;

public sealed class SpotifyTokenManagerTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly CountingTokenStore _store = new();
    private readonly List<IDisposable> _disposables = [];

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }
    }

    [Fact]
    public async Task GetTokenAsync_ClientCredentialsFirstUse_AcquiresAndStoresToken()
    {
        var stub = Stub().Enqueue(() => StubResponses.Token("cc-1"));
        var manager = CreateManager(stub, SpotifyAuthFlow.ClientCredentials);

        var token = await manager.GetTokenAsync();

        Assert.Equal("cc-1", token.AccessToken);
        Assert.Equal(_time.GetUtcNow().AddSeconds(3600), token.ExpiresAtTime);
        var sent = Assert.Single(stub.Requests);
        Assert.Equal("client_credentials", sent.Form["grant_type"]);
        Assert.Equal("cc-1", (await _store.GetAsync(SpotifyTokenKeys.Default))?.AccessToken);
    }

    [Fact]
    public async Task GetTokenAsync_ClientCredentialsStillValid_NoSecondRequest()
    {
        var stub = Stub().Enqueue(() => StubResponses.Token("cc-1"));
        var manager = CreateManager(stub, SpotifyAuthFlow.ClientCredentials);
        await manager.GetTokenAsync();

        // 3600 s lifetime, 60 s margin: still valid 3539 s later.
        _time.Advance(TimeSpan.FromSeconds(3539));
        var token = await manager.GetTokenAsync();

        Assert.Equal("cc-1", token.AccessToken);
        Assert.Equal(1, stub.RequestCount);
    }

    [Fact]
    public async Task GetTokenAsync_ClientCredentialsExpired_Reacquires()
    {
        var stub = Stub().Enqueue(() => StubResponses.Token("cc-1")).Enqueue(() => StubResponses.Token("cc-2"));
        var manager = CreateManager(stub, SpotifyAuthFlow.ClientCredentials);
        await manager.GetTokenAsync();

        _time.Advance(TimeSpan.FromSeconds(3541));
        var token = await manager.GetTokenAsync();

        Assert.Equal("cc-2", token.AccessToken);
        Assert.Equal(2, stub.RequestCount);
        Assert.All(stub.Requests, request => Assert.Equal("client_credentials", request.Form["grant_type"]));
    }

    [Fact]
    public async Task GetTokenAsync_100ConcurrentCallersWithExpiredStoredToken_ExactlyOneRefresh()
    {
        await _store.SeedAsync(Expired("stale", "refresh-old"));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stub = Stub(async (_, _) =>
        {
            // Hold the refresh open until every caller has asked, so they all find the token expired.
            await release.Task;
            return StubResponses.Token("fresh", refreshToken: "refresh-new", scope: "user-library-read");
        });
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);

        var callers = Enumerable.Range(0, 100).Select(_ => Task.Run(() => manager.GetTokenAsync().AsTask())).ToArray();
        await WaitUntilAsync(() => stub.RequestCount == 1);
        release.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, token => Assert.Equal("fresh", token.AccessToken));
        var refresh = Assert.Single(stub.Requests);
        Assert.Equal("refresh_token", refresh.Form["grant_type"]);
        Assert.Equal("refresh-old", refresh.Form["refresh_token"]);
        Assert.Equal(1, _store.SetCount);
    }

    [Fact]
    public async Task GetTokenAsync_RefreshResponseWithoutRefreshToken_KeepsOldRefreshTokenAndScope()
    {
        await _store.SeedAsync(Expired("stale", "refresh-old", scope: "user-library-read user-library-modify"));
        var stub = Stub().Enqueue(() => StubResponses.Token("fresh"));
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);

        var token = await manager.GetTokenAsync();

        Assert.Equal("fresh", token.AccessToken);
        Assert.Equal("refresh-old", token.RefreshToken);
        Assert.Equal("user-library-read user-library-modify", token.Scope);
        Assert.Equal("refresh-old", (await _store.GetAsync(SpotifyTokenKeys.Default))?.RefreshToken);
    }

    [Fact]
    public async Task GetTokenAsync_RefreshResponseWithNewRefreshToken_UsesNewOne()
    {
        await _store.SeedAsync(Expired("stale", "refresh-old"));
        var stub = Stub().Enqueue(() => StubResponses.Token("fresh", refreshToken: "refresh-rotated", scope: "user-library-read"));
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);

        var token = await manager.GetTokenAsync();

        Assert.Equal("refresh-rotated", token.RefreshToken);
        Assert.Equal("user-library-read", token.Scope);
    }

    [Fact]
    public async Task GetTokenAsync_RefreshRefusedWithInvalidGrant_AuthorizationRequiredAndTokenForgotten()
    {
        await _store.SeedAsync(Expired("stale", "refresh-revoked"));
        var stub = Stub().Enqueue(() => StubResponses.OAuthError("invalid_grant", "Refresh token revoked"));
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);

        var exception = await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => manager.GetTokenAsync().AsTask());

        var inner = Assert.IsType<SpotifyTokenRequestException>(exception.InnerException);
        Assert.Equal("invalid_grant", inner.Error);
        Assert.Equal("Refresh token revoked", inner.ErrorDescription);
        Assert.Contains("Authorize the app again", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-revoked", exception.Message, StringComparison.Ordinal);
        Assert.Null(await _store.GetAsync(SpotifyTokenKeys.Default));
        Assert.Equal(1, _store.RemoveCount);
    }

    [Fact]
    public async Task GetTokenAsync_AfterInvalidGrant_DoesNotReuseRefreshToken()
    {
        await _store.SeedAsync(Expired("stale", "refresh-revoked"));
        var stub = Stub().Enqueue(() => StubResponses.OAuthError("invalid_grant", "Refresh token revoked"));
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);
        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => manager.GetTokenAsync().AsTask());

        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => manager.GetTokenAsync().AsTask());
        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => manager.RefreshAsync());

        Assert.Equal(1, stub.RequestCount);
    }

    [Fact]
    public async Task GetTokenAsync_OtherTokenEndpointError_PropagatesAndKeepsToken()
    {
        await _store.SeedAsync(Expired("stale", "refresh-old"));
        var stub = Stub().Enqueue(() => StubResponses.OAuthError("invalid_client", "Invalid client", HttpStatusCode.Unauthorized));
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCode);

        var exception = await Assert.ThrowsAsync<SpotifyTokenRequestException>(() => manager.GetTokenAsync().AsTask());

        Assert.Equal("invalid_client", exception.Error);
        Assert.Equal("refresh-old", (await _store.GetAsync(SpotifyTokenKeys.Default))?.RefreshToken);
        Assert.Equal(0, _store.RemoveCount);
    }

    [Fact]
    public async Task GetTokenAsync_LazyRefreshOffAndTokenExpired_AuthorizationRequiredWithoutRequest()
    {
        await _store.SeedAsync(Expired("stale", "refresh-old"));
        var stub = Stub();
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce, options => options.Auth.AllowLazyRefresh = false);

        var exception = await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => manager.GetTokenAsync().AsTask());

        Assert.Contains("AllowLazyRefresh", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, stub.RequestCount);
    }

    [Fact]
    public async Task GetTokenAsync_LazyRefreshOffAndTokenValid_ReturnsIt()
    {
        await _store.SeedAsync(TestTokens.Create("valid", "refresh", now: _time.GetUtcNow()));
        var stub = Stub();
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce, options => options.Auth.AllowLazyRefresh = false);

        Assert.Equal("valid", (await manager.GetTokenAsync()).AccessToken);
        Assert.Equal(0, stub.RequestCount);
    }

    [Fact]
    public async Task GetTokenAsync_UserFlowWithoutAnyToken_AuthorizationRequiredWithoutRequest()
    {
        var stub = Stub();
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);

        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => manager.GetTokenAsync().AsTask());

        Assert.Equal(0, stub.RequestCount);
    }

    [Fact]
    public async Task GetTokenAsync_ExpiredTokenWithoutRefreshToken_AuthorizationRequiredWithoutRequest()
    {
        await _store.SeedAsync(Expired("stale", refreshToken: null));
        var stub = Stub();
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCode);

        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => manager.GetTokenAsync().AsTask());

        Assert.Equal(0, stub.RequestCount);
    }

    [Fact]
    public async Task GetTokenAsync_StoredValidToken_LoadedAtFirstUseOnly()
    {
        await _store.SeedAsync(TestTokens.Create("stored", "refresh", scope: "user-library-read", now: _time.GetUtcNow()));
        var stub = Stub();
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);
        Assert.Equal(0, _store.GetCount);

        var first = await manager.GetTokenAsync();
        var second = await manager.GetTokenAsync();

        Assert.Equal("stored", first.AccessToken);
        Assert.Same(first, second);
        Assert.Equal(1, _store.GetCount);
        Assert.Equal(0, stub.RequestCount);
    }

    [Fact]
    public async Task RefreshAsync_RejectedTokenAlreadyReplaced_ReturnsNewerWithoutSecondRequest()
    {
        var original = TestTokens.Create("original", "refresh-1", now: _time.GetUtcNow());
        await _store.SeedAsync(original);
        var stub = Stub().Enqueue(() => StubResponses.Token("replacement", refreshToken: "refresh-2"));
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);

        var first = await manager.RefreshAsync(original);
        var second = await manager.RefreshAsync(original);

        Assert.Equal("replacement", first.AccessToken);
        Assert.Same(first, second);
        Assert.Equal(1, stub.RequestCount);
    }

    [Fact]
    public async Task RefreshAsync_ConcurrentCallersRejectingSameToken_OneRequest()
    {
        var original = TestTokens.Create("original", "refresh-1", now: _time.GetUtcNow());
        await _store.SeedAsync(original);
        var stub = Stub(_ => StubResponses.Token($"replacement-{Guid.NewGuid():N}", refreshToken: "refresh-2"));
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => manager.RefreshAsync(original))));

        Assert.Equal(1, stub.RequestCount);
        Assert.Single(results.Select(token => token.AccessToken).Distinct());
    }

    [Fact]
    public async Task RefreshAsync_NoRejectedToken_AlwaysRequests()
    {
        await _store.SeedAsync(TestTokens.Create("original", "refresh-1", now: _time.GetUtcNow()));
        var stub = Stub(_ => StubResponses.Token("next"));
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);

        await manager.RefreshAsync();
        await manager.RefreshAsync();

        Assert.Equal(2, stub.RequestCount);
    }

    [Fact]
    public async Task SetTokenAsync_NewToken_StoredAndServed()
    {
        var stub = Stub();
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);
        var token = TestTokens.Create("authorized", "refresh", now: _time.GetUtcNow());

        await manager.SetTokenAsync(token);

        Assert.Same(token, await manager.GetTokenAsync());
        Assert.Same(token, await _store.GetAsync(SpotifyTokenKeys.Default));
        Assert.Equal(0, stub.RequestCount);
    }

    [Fact]
    public async Task ClearAsync_StoredToken_ForgottenInMemoryAndStore()
    {
        await _store.SeedAsync(TestTokens.Create("stored", "refresh", now: _time.GetUtcNow()));
        var stub = Stub();
        var manager = CreateManager(stub, SpotifyAuthFlow.AuthorizationCodePkce);
        await manager.GetTokenAsync();

        await manager.ClearAsync();

        Assert.Null(await _store.GetAsync(SpotifyTokenKeys.Default));
        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => manager.GetTokenAsync().AsTask());
        Assert.Equal(0, stub.RequestCount);
    }

    [Fact]
    public async Task GetTokenAsync_LoggingAtTrace_NoSecretInAnyLogRecord()
    {
        await _store.SeedAsync(Expired("stale-access-secret", "refresh-old-secret"));
        var stub = Stub().Enqueue(() => StubResponses.Token("fresh-access-secret", refreshToken: "refresh-new-secret", scope: "user-library-read"));
        var collector = new FakeLogCollector();
        var options = TestOptions.Create(SpotifyAuthFlow.AuthorizationCode);
        var accounts = new SpotifyAccountsClient(() => new HttpClient(stub, disposeHandler: false), options, _time, new FakeLogger<SpotifyAccountsClient>(collector));
        using var manager = new SpotifyTokenManager(SpotifyTokenKeys.Default, accounts, _store, options, _time, new FakeLogger<SpotifyTokenManager>(collector));

        await manager.GetTokenAsync();

        var records = collector.GetSnapshot();
        Assert.NotEmpty(records);
        var text = new StringBuilder();
        foreach (var record in records)
        {
            text.AppendLine(record.Message);
            foreach (var pair in record.StructuredState ?? [])
            {
                text.AppendLine(pair.Value);
            }
        }

        foreach (var secret in new[] { "stale-access-secret", "refresh-old-secret", "fresh-access-secret", "refresh-new-secret", TestOptions.ClientSecret })
        {
            Assert.DoesNotContain(secret, text.ToString(), StringComparison.Ordinal);
        }
    }

    private StubHttpMessageHandler Stub(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>? responder = null)
    {
        var stub = responder is null ? new StubHttpMessageHandler() : new StubHttpMessageHandler(responder);
        _disposables.Add(stub);
        return stub;
    }

    private StubHttpMessageHandler Stub(Func<RecordedRequest, HttpResponseMessage> responder)
    {
        var stub = new StubHttpMessageHandler(responder);
        _disposables.Add(stub);
        return stub;
    }

    private SpotifyTokenManager CreateManager(StubHttpMessageHandler stub, SpotifyAuthFlow flow, Action<SpotanticOptions>? configure = null)
    {
        var options = TestOptions.Create(flow);
        configure?.Invoke(options);
        var accounts = new SpotifyAccountsClient(() => new HttpClient(stub, disposeHandler: false), options, _time, NullLogger<SpotifyAccountsClient>.Instance);
        var manager = new SpotifyTokenManager(SpotifyTokenKeys.Default, accounts, _store, options, _time, NullLogger<SpotifyTokenManager>.Instance);
        _disposables.Add(manager);
        return manager;
    }

    private SpotifyToken Expired(string accessToken, string? refreshToken, string? scope = "user-library-read") =>
        TestTokens.Create(accessToken, refreshToken, scope, now: _time.GetUtcNow().AddHours(-2));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // Polls a condition another thread makes true; bounded so a bug fails the test instead of hanging it.
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the condition did not become true within 5 s");
    }
}
