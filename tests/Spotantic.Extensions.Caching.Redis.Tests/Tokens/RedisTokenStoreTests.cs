using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Spotantic.Auth;
using Spotantic.Exceptions;
using Spotantic.Extensions.Caching.Redis.Tests.Support;

namespace Spotantic.Extensions.Caching.Redis.Tests.Tokens;

public sealed class RedisTokenStoreTests
{
    [Fact]
    public async Task SetAsync_OnOneInstance_GetAsyncOnAnotherReadsTheSameToken()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var first = await deployment.StartInstanceAsync();
        var second = await deployment.StartInstanceAsync();
        var token = deployment.IssueToken("alice");

        await first.Store.SetAsync("alice@example.com", token);

        Assert.Equal(token, await second.Store.GetAsync("alice@example.com"));
        Assert.Null(await second.Store.GetAsync("bob@example.com"));
    }

    [Fact]
    public async Task SetAsync_RedisDump_HoldsNeitherTokenNorTheRawKey()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync();
        var token = deployment.IssueToken("alice");
        const string Key = "alice@example.com";

        await instance.Store.SetAsync(Key, token);
        await instance.Factory.ForUser(Key).Albums.GetAlbumAsync(deployment.AlbumId);

        var dump = await deployment.Inspector.DumpAsync();
        var tokenEntry = Assert.Single(dump.Keys, k => k.Contains(":token:", StringComparison.Ordinal));
        Assert.Equal("spotantic:token:" + SpotifyTokenKeys.FullHash(Key), tokenEntry);
        foreach (var (name, values) in dump)
        {
            Assert.DoesNotContain(Key, name, StringComparison.Ordinal);
            foreach (var value in values)
            {
                var text = Encoding.UTF8.GetString(value);
                Assert.DoesNotContain(token.AccessToken, text, StringComparison.Ordinal);
                Assert.DoesNotContain(token.RefreshToken!, text, StringComparison.Ordinal);
                Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task SetAsync_UserToken_ExpiresAfterTheRefreshTokenLifetime_KeptOnRefreshResetOnNewSignIn()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync(redis: options => options.RefreshTokenLifetime = TimeSpan.FromSeconds(100));
        var token = deployment.IssueToken("alice");
        var entry = "spotantic:token:" + SpotifyTokenKeys.FullHash("alice");

        await instance.Store.SetAsync("alice", token);
        var first = await deployment.Inspector.Database.KeyTimeToLiveAsync(entry);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        // A refresh keeps the refresh token: Spotify does not extend its life, so neither does the entry.
        await instance.Store.SetAsync("alice", token with { AccessToken = "refreshed-access-token" });
        var afterRefresh = await deployment.Inspector.Database.KeyTimeToLiveAsync(entry);

        // A new sign-in brings a new refresh token, good for the whole lifetime again.
        await instance.Store.SetAsync("alice", deployment.IssueToken("alice"));
        var afterSignIn = await deployment.Inspector.Database.KeyTimeToLiveAsync(entry);

        Assert.InRange(first!.Value.TotalSeconds, 98, 100);
        Assert.InRange(afterRefresh!.Value.TotalSeconds, 90, 98.9);
        Assert.InRange(afterSignIn!.Value.TotalSeconds, 98, 100);
    }

    [Fact]
    public async Task SetAsync_TokenWithoutRefreshToken_ExpiresWithTheAccessToken()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync();
        var token = new SpotifyToken { AccessToken = "app-token", ExpiresIn = 3600, ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds() };

        await instance.Store.SetAsync(SpotifyTokenKeys.Default, token);

        var ttl = await deployment.Inspector.Database.KeyTimeToLiveAsync("spotantic:token:" + SpotifyTokenKeys.FullHash(SpotifyTokenKeys.Default));
        Assert.InRange(ttl!.Value.TotalSeconds, 590, 600);
    }

    [Fact]
    public async Task GetAsync_EntryWrittenWithOtherDataProtectionKeys_TypedErrorNamingTheKeysHash_EntryKept()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var writer = await deployment.StartInstanceAsync();

        // An instance whose key ring is its own (not shared through Redis): it cannot read what the writer stored.
        var stranger = await deployment.StartInstanceAsync(redis: options => options.PersistDataProtectionKeys = false);
        await writer.Store.SetAsync("alice@example.com", deployment.IssueToken("alice"));

        var error = await Assert.ThrowsAsync<SpotifyTokenStoreException>(() => stranger.Store.GetAsync("alice@example.com").AsTask());

        Assert.Contains(SpotifyTokenKeys.Hash("alice@example.com"), error.Message, StringComparison.Ordinal);
        Assert.Contains("Data Protection", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alice@example.com", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await writer.Store.GetAsync("alice@example.com"));
        var call = await Assert.ThrowsAsync<SpotifyTokenStoreException>(() => stranger.Factory.ForUser("alice@example.com").Albums.GetAlbumAsync(deployment.AlbumId));
        Assert.Contains(SpotifyTokenKeys.Hash("alice@example.com"), call.Message, StringComparison.Ordinal);
        Assert.Empty(deployment.Emulator.RequestLog.Find("GET", "/v1/albums/*"));
    }

    [Theory]
    [InlineData("not protected at all")]
    [InlineData("")]
    public async Task GetAsync_CorruptEntry_TypedErrorNamingTheKeysHash(string garbage)
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync();
        await instance.Store.SetAsync("alice", deployment.IssueToken("alice"));
        await deployment.Inspector.Database.HashSetAsync("spotantic:token:" + SpotifyTokenKeys.FullHash("alice"), "t", garbage);

        var error = await Assert.ThrowsAsync<SpotifyTokenStoreException>(() => instance.Store.GetAsync("alice").AsTask());

        Assert.Contains(SpotifyTokenKeys.Hash("alice"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_ProtectedPayloadThatIsNoToken_TypedErrorSayingSo()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync();
        var entry = "spotantic:token:" + SpotifyTokenKeys.FullHash("alice");
        var protector = instance.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Spotantic.Extensions.Caching.Redis.Tokens.v1").CreateProtector(entry);
        await deployment.Inspector.Database.HashSetAsync(entry, "t", protector.Protect(Encoding.UTF8.GetBytes("[1, 2, 3]")));

        var error = await Assert.ThrowsAsync<SpotifyTokenStoreException>(() => instance.Store.GetAsync("alice").AsTask());

        Assert.Contains("is not a Spotify token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_EntryCopiedUnderAnotherUsersKey_DoesNotDecrypt()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync();
        await instance.Store.SetAsync("alice", deployment.IssueToken("alice"));
        var alices = await deployment.Inspector.Database.HashGetAsync("spotantic:token:" + SpotifyTokenKeys.FullHash("alice"), "t");

        // Someone with write access to Redis copies Alice's entry under Bob's key: Bob's session must not act as Alice.
        await deployment.Inspector.Database.HashSetAsync("spotantic:token:" + SpotifyTokenKeys.FullHash("bob"), "t", alices);

        await Assert.ThrowsAsync<SpotifyTokenStoreException>(() => instance.Store.GetAsync("bob").AsTask());
    }

    [Fact]
    public async Task RemoveAsync_OnOneInstance_GoneForEveryInstance()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var first = await deployment.StartInstanceAsync();
        var second = await deployment.StartInstanceAsync();
        await first.Store.SetAsync("alice", deployment.IssueToken("alice"));

        await second.Store.RemoveAsync("alice");

        Assert.Null(await first.Store.GetAsync("alice"));
        Assert.DoesNotContain((await deployment.Inspector.DumpAsync()).Keys, k => k.Contains(":token:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Store_TwoKeyPrefixes_NeverSeeEachOthersTokens()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var shop = await deployment.StartInstanceAsync(redis: options => options.KeyPrefix = "shop:");
        var radio = await deployment.StartInstanceAsync(redis: options => options.KeyPrefix = "radio:");

        await shop.Store.SetAsync("alice", deployment.IssueToken("alice"));

        Assert.Null(await radio.Store.GetAsync("alice"));
        Assert.Contains("shop:token:" + SpotifyTokenKeys.FullHash("alice"), (await deployment.Inspector.DumpAsync()).Keys);
    }

    [Fact]
    public async Task Store_RedisDown_TypedErrorSayingRedisIsUnreachable()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync();
        await instance.Store.SetAsync("alice", deployment.IssueToken("alice"));
        deployment.Redis.Kill();

        var error = await Assert.ThrowsAsync<SpotifyTokenStoreException>(() => instance.Store.GetAsync("alice").AsTask());

        Assert.Contains("Redis is not reachable", error.Message, StringComparison.Ordinal);
        Assert.Contains(SpotifyTokenKeys.Hash("alice"), error.Message, StringComparison.Ordinal);
    }
}
