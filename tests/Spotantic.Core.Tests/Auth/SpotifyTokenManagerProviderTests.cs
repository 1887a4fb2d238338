using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Exceptions;

namespace Spotantic.Core.Tests.Auth;

public sealed class SpotifyTokenManagerProviderTests : IDisposable
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemorySpotifyTokenStore _store = new();
    private readonly List<IDisposable> _disposables = [];

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }
    }

    [Fact]
    public async Task GetManager_SameKeyTwice_BothSeeOneState()
    {
        var provider = Create(new StubHttpMessageHandler());

        await provider.GetManager("alice").SetTokenAsync(Valid("alice-access"));

        Assert.Equal("alice-access", (await provider.GetManager("alice").GetTokenAsync()).AccessToken);
        Assert.Equal("alice", provider.GetManager("alice").Key);
        Assert.Equal(1, provider.LiveManagerCount);
    }

    [Fact]
    public async Task GetTokenAsync_TwoKeys_EachGetsItsOwnToken()
    {
        var provider = Create(new StubHttpMessageHandler());
        await _store.SetAsync("alice", Valid("alice-access"));
        await _store.SetAsync("bob", Valid("bob-access"));

        var alice = await provider.GetManager("alice").GetTokenAsync();
        var bob = await provider.GetManager("bob").GetTokenAsync();

        Assert.Equal("alice-access", alice.AccessToken);
        Assert.Equal("bob-access", bob.AccessToken);
    }

    [Fact]
    public async Task GetTokenAsync_KeyWithoutToken_AuthorizationRequiredNamingTheKeyHashed()
    {
        var provider = Create(new StubHttpMessageHandler());
        await _store.SetAsync("alice", Valid("alice-access"));

        var exception = await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => provider.GetManager("mallory@example.com").GetTokenAsync().AsTask());

        Assert.Equal("mallory@example.com", exception.TokenKey);
        Assert.Contains(SpotifyTokenKeys.Hash("mallory@example.com"), exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("mallory", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alice-access", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_TenThousandKeysUsedOnce_ReleasedAfterIdleTimeout()
    {
        var provider = Create(new StubHttpMessageHandler());
        for (var i = 0; i < 10_000; i++)
        {
            await _store.SetAsync($"user-{i}", Valid($"access-{i}"));
            await provider.GetManager($"user-{i}").GetTokenAsync();
        }

        Assert.Equal(10_000, provider.LiveManagerCount);

        // Released between one and one and a half idle timeouts after the last use.
        _time.Advance(IdleTimeout * 1.5);

        Assert.Equal(0, provider.LiveManagerCount);
        Assert.Equal("access-42", (await provider.GetManager("user-42").GetTokenAsync()).AccessToken);
        Assert.Equal(1, provider.LiveManagerCount);
    }

    [Fact]
    public async Task Sweep_KeyUsedWithinTimeout_Kept()
    {
        var provider = Create(new StubHttpMessageHandler());
        await _store.SetAsync("alice", Valid("alice-access"));
        await _store.SetAsync("bob", Valid("bob-access"));
        await provider.GetManager("alice").GetTokenAsync();
        await provider.GetManager("bob").GetTokenAsync();

        _time.Advance(TimeSpan.FromMinutes(9));
        await provider.GetManager("alice").GetTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(1, provider.LiveManagerCount);
        var manager = provider.GetManager("alice");
        Assert.Equal("alice-access", (await manager.GetTokenAsync()).AccessToken);
    }

    [Fact]
    public async Task Sweep_KeyRefreshingPastTimeout_NotReleasedAndOneRefresh()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stub = new StubHttpMessageHandler(async (_, _) =>
        {
            await release.Task;
            return StubResponses.Token("alice-fresh", "refresh-2");
        });
        _disposables.Add(stub);
        var provider = Create(stub);
        await _store.SetAsync("alice", Expired("alice-stale", "refresh-1"));

        var first = provider.GetManager("alice").GetTokenAsync().AsTask();
        _time.Advance(IdleTimeout * 2);
        var second = provider.GetManager("alice").GetTokenAsync().AsTask();
        provider.Sweep();
        Assert.Equal(1, provider.LiveManagerCount);
        release.SetResult();

        Assert.Equal("alice-fresh", (await first).AccessToken);
        Assert.Equal("alice-fresh", (await second).AccessToken);
        Assert.Equal(1, stub.RequestCount);
    }

    [Fact]
    public async Task GetTokenAsync_InvalidGrantForOneKey_OtherKeysUnaffected()
    {
        var stub = new StubHttpMessageHandler(request => request.Form.GetValueOrDefault("refresh_token") == "bob-refresh"
            ? StubResponses.OAuthError("invalid_grant", "Refresh token revoked")
            : StubResponses.Token(request.Form.GetValueOrDefault("refresh_token") + "-fresh"));
        _disposables.Add(stub);
        var provider = Create(stub);
        await _store.SetAsync("alice", Expired("alice-stale", "alice-refresh"));
        await _store.SetAsync("bob", Expired("bob-stale", "bob-refresh"));
        await _store.SetAsync("carol", Valid("carol-access"));

        var bob = await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => provider.GetManager("bob").GetTokenAsync().AsTask());
        var alice = await provider.GetManager("alice").GetTokenAsync();
        var carol = await provider.GetManager("carol").GetTokenAsync();

        Assert.Equal("bob", bob.TokenKey);
        Assert.Null(await _store.GetAsync("bob"));
        Assert.Equal("alice-refresh-fresh", alice.AccessToken);
        Assert.Equal("alice-refresh", (await _store.GetAsync("alice"))?.RefreshToken);
        Assert.Equal("carol-access", carol.AccessToken);
    }

    [Fact]
    public async Task ClearAsync_OneKey_RemovesOnlyThatKey()
    {
        var provider = Create(new StubHttpMessageHandler());
        await provider.GetManager("alice").SetTokenAsync(Valid("alice-access"));
        await provider.GetManager("bob").SetTokenAsync(Valid("bob-access"));

        await provider.GetManager("alice").ClearAsync();

        Assert.Null(await _store.GetAsync("alice"));
        await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => provider.GetManager("alice").GetTokenAsync().AsTask());
        Assert.Equal("bob-access", (await provider.GetManager("bob").GetTokenAsync()).AccessToken);
    }

    [Fact]
    public async Task GetTokenAsync_ClientCredentialsForTwoKeys_OneAppToken()
    {
        var stub = new StubHttpMessageHandler().Enqueue(() => StubResponses.Token("app-token"));
        _disposables.Add(stub);
        var provider = Create(stub, SpotifyAuthFlow.ClientCredentials);

        var first = await provider.GetManager("alice").GetTokenAsync();
        var second = await provider.GetManager("bob").GetTokenAsync();

        Assert.Equal("app-token", first.AccessToken);
        Assert.Equal("app-token", second.AccessToken);
        Assert.Equal(1, stub.RequestCount);
        Assert.Equal(SpotifyTokenKeys.Default, provider.GetManager("alice").Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void GetManager_EmptyKey_ArgumentException(string? key)
    {
        var provider = Create(new StubHttpMessageHandler());

        var exception = Assert.ThrowsAny<ArgumentException>(() => provider.GetManager(key!));

        Assert.Equal("key", exception.ParamName);
    }

    [Fact]
    public void Hash_UserKey_StableAndWithoutTheKey()
    {
        Assert.Equal(SpotifyTokenKeys.Default, SpotifyTokenKeys.Hash(SpotifyTokenKeys.Default));
        Assert.Equal(SpotifyTokenKeys.Hash("alice@example.com"), SpotifyTokenKeys.Hash("alice@example.com"));
        Assert.NotEqual(SpotifyTokenKeys.Hash("alice"), SpotifyTokenKeys.Hash("bob"));
        Assert.Matches("^key-[0-9a-f]{16}$", SpotifyTokenKeys.Hash("alice@example.com"));
    }

    [Fact]
    public async Task GetTokenAsync_AfterDispose_ObjectDisposedAndNoManagerLeft()
    {
        var provider = Create(new StubHttpMessageHandler());
        await _store.SetAsync("alice", Valid("alice-access"));
        var manager = provider.GetManager("alice");
        Assert.Equal("alice-access", (await manager.GetTokenAsync()).AccessToken);

        provider.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => manager.GetTokenAsync().AsTask());
        Assert.Equal(0, provider.LiveManagerCount);
    }

    [Fact]
    public async Task GetTokenAsync_NamedAppKeyWithoutToken_ExceptionNamesTheApp()
    {
        var options = TestOptions.Create();
        using var stub = new StubHttpMessageHandler();
        var accounts = new SpotifyAccountsClient(() => new HttpClient(stub, disposeHandler: false), options, _time, NullLogger<SpotifyAccountsClient>.Instance);
        using var provider = new SpotifyTokenManagerProvider(accounts, _store, options, _time, NullLogger<SpotifyTokenManager>.Instance, "partner");

        var exception = await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => provider.GetManager("bob").GetTokenAsync().AsTask());

        Assert.Equal("partner", exception.AppName);
        Assert.Equal("bob", exception.TokenKey);
        Assert.Null((await Assert.ThrowsAsync<SpotifyAuthorizationRequiredException>(() => Create(new StubHttpMessageHandler()).GetManager("bob").GetTokenAsync().AsTask())).AppName);
    }

    private SpotifyTokenManagerProvider Create(StubHttpMessageHandler stub, SpotifyAuthFlow flow = SpotifyAuthFlow.AuthorizationCodePkce)
    {
        _disposables.Add(stub);
        var options = TestOptions.Create(flow);
        options.Auth.TokenManagerIdleTimeout = IdleTimeout;
        var accounts = new SpotifyAccountsClient(() => new HttpClient(stub, disposeHandler: false), options, _time, NullLogger<SpotifyAccountsClient>.Instance);
        var provider = new SpotifyTokenManagerProvider(accounts, _store, options, _time, NullLogger<SpotifyTokenManager>.Instance);
        _disposables.Add(provider);
        return provider;
    }

    private SpotifyToken Valid(string accessToken) => TestTokens.Create(accessToken, "refresh", "user-library-read", now: _time.GetUtcNow());

    private SpotifyToken Expired(string accessToken, string refreshToken) =>
        TestTokens.Create(accessToken, refreshToken, "user-library-read", now: _time.GetUtcNow().AddHours(-2));
}
