using Microsoft.Extensions.Time.Testing;
using Spotantic.Auth;
using Spotantic.Exceptions;
using Spotantic.Extensions.Caching.Redis.Tests.Support;
using Spotantic.Extensions.Caching.Redis.Tokens;
using Spotantic.Testing;

namespace Spotantic.Extensions.Caching.Redis.Tests.Coordination;

/// <summary>Instances in this process, each a container of its own, sharing a user's token through Redis.</summary>
public sealed class SharedTokenTests
{
    [Fact]
    public async Task ExpiredSharedToken_ConcurrentCallsOnThreeInstances_OneTokenRequestEveryCallSucceeds()
    {
        await using var deployment = await RedisDeployment.StartAsync(RefreshTokenRotation.Rotate);
        var instances = new[] { await deployment.StartInstanceAsync(), await deployment.StartInstanceAsync(), await deployment.StartInstanceAsync() };
        await instances[0].Tokens.GetManager("alice").SetTokenAsync(deployment.IssueToken("alice", expired: true));

        var calls = instances.SelectMany(instance => Enumerable.Range(0, 50).Select(_ => instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId)));
        await Task.WhenAll(calls);

        var tokenRequests = deployment.Emulator.RequestLog.Find("POST", "/api/token");
        Assert.Single(tokenRequests);
        Assert.Equal(200, tokenRequests[0].StatusCode);
        Assert.Equal(150, deployment.Emulator.RequestLog.Find("GET", "/v1/albums/*").Count(r => r.StatusCode == 200));
    }

    [Fact]
    public async Task RefreshOnOneInstance_OtherInstanceUsesTheNewTokenWithoutATokenRequest()
    {
        await using var deployment = await RedisDeployment.StartAsync(RefreshTokenRotation.Rotate);
        var first = await deployment.StartInstanceAsync();
        var second = await deployment.StartInstanceAsync();
        var issued = deployment.IssueToken("alice");
        await first.Tokens.GetManager("alice").SetTokenAsync(issued);
        await second.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);

        // Spotify refused the token on the first instance (a 401): it refreshes, and tells the second.
        await deployment.Inspector.WaitForSubscribersAsync(2);
        var fresh = await first.Tokens.GetManager("alice").RefreshAsync(issued);
        await Eventually.TrueAsync(async () =>
        {
            await second.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);
            return deployment.Emulator.RequestLog.Last!.Authorization == "Bearer " + fresh.AccessToken;
        });

        Assert.NotEqual(issued.AccessToken, fresh.AccessToken);
        Assert.Single(deployment.Emulator.RequestLog.Find("POST", "/api/token"));
    }

    [Fact]
    public async Task SignOutOnOneInstance_OtherInstanceStopsActingForTheUserWithinOneSecond()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var first = await deployment.StartInstanceAsync();
        var second = await deployment.StartInstanceAsync();
        await first.Tokens.GetManager("alice").SetTokenAsync(deployment.IssueToken("alice"));
        await second.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);
        await deployment.Inspector.WaitForSubscribersAsync(2);

        var heard = new TaskCompletionSource<DateTime>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listening = CoordinatorOf(second).Subscribe(key =>
        {
            if (key == SpotifyTokenKeys.FullHash("alice"))
            {
                heard.TrySetResult(DateTime.UtcNow);
            }
        });

        var signedOut = DateTime.UtcNow;
        await first.Tokens.GetManager("alice").ClearAsync();

        // The bound the docs state is for the announcement; the call after it is measured generously (a busy machine).
        Assert.True(await heard.Task.WaitAsync(TimeSpan.FromSeconds(5)) - signedOut < TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                await second.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);
                return false;
            }
            catch (SpotifyAuthorizationRequiredException ex) when (ex.TokenKey == "alice")
            {
                return true;
            }
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task LeaseOfADeadInstance_NextRefreshWaitsForItToRunOutThenRefreshes()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync(redis: options => options.LeaseDuration = TimeSpan.FromSeconds(10));
        await instance.Tokens.GetManager("alice").SetTokenAsync(deployment.IssueToken("alice", expired: true));

        // An instance took the lease and died: nobody releases it.
        await deployment.Inspector.Database.StringSetAsync("spotantic:lease:" + SpotifyTokenKeys.FullHash("alice"), "dead-instance", TimeSpan.FromSeconds(2));
        var started = DateTime.UtcNow;
        await instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);
        var waited = DateTime.UtcNow - started;

        Assert.InRange(waited.TotalSeconds, 1.5, 8);
        Assert.Single(deployment.Emulator.RequestLog.Find("POST", "/api/token"));
    }

    [Fact]
    public async Task LeaseReleased_WaitingInstanceTakesItAtOnce_NotWhenItWouldHaveRunOut()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var holder = await deployment.StartInstanceAsync(redis: options => options.LeaseDuration = TimeSpan.FromSeconds(60));
        var waiter = await deployment.StartInstanceAsync(options => options.Logging.Debug = true, redis: options => options.LeaseDuration = TimeSpan.FromSeconds(60));
        var holderCoordinator = CoordinatorOf(holder);
        var waiterCoordinator = CoordinatorOf(waiter);
        await deployment.Inspector.WaitForSubscribersAsync(2);

        var lease = await holderCoordinator.AcquireLeaseAsync("alice");
        var waiting = waiterCoordinator.AcquireLeaseAsync("alice").AsTask();

        // The waiter asked, found the lease taken, and waits (its "waiting" log line says so).
        await Eventually.TrueAsync(() => Task.FromResult(waiter.Logs.GetSnapshot().Any(r => r.Id.Id == 4008)));
        Assert.False(waiting.IsCompleted);
        var released = DateTime.UtcNow;
        await lease.DisposeAsync();
        await using var second = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(DateTime.UtcNow - released < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Lease_ExpiringFiresAtFourFifthsOfItsDuration()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync();
        var time = new FakeTimeProvider();
        var fingerprint = SpotifyTokenKeys.FullHash("alice");
        await using var lease = new RedisTokenLease((RedisSpotifyTokenCoordinator)CoordinatorOf(instance), "alice", "spotantic:lease:" + fingerprint, fingerprint, "holder", TimeSpan.FromSeconds(10), time);

        time.Advance(TimeSpan.FromSeconds(7.9));
        Assert.False(lease.Expiring.IsCancellationRequested);
        time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True(lease.Expiring.IsCancellationRequested);
    }

    [Fact]
    public async Task RefreshRunningPastFourFifthsOfTheLease_AbandonedWithATypedError_NextCallRefreshes()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync(redis: options => options.LeaseDuration = TimeSpan.FromSeconds(2));
        await instance.Tokens.GetManager("alice").SetTokenAsync(deployment.IssueToken("alice", expired: true));
        deployment.Emulator.Faults.On("POST", "/api/token").Next(1).Delay(TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<Spotantic.Exceptions.SpotifyCoordinationException>(() => instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId));
        await instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);

        Assert.Contains("abandoned", error.Message, StringComparison.Ordinal);
        var tokenRequests = deployment.Emulator.RequestLog.Find("POST", "/api/token");
        Assert.Equal(2, tokenRequests.Count);
        Assert.True(tokenRequests[0].Aborted);
        Assert.Equal(200, tokenRequests[1].StatusCode);
    }

    [Fact]
    public async Task SteadyState_CallsWithATokenInMemory_SendNoRedisCommand()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync();
        await instance.Tokens.GetManager("alice").SetTokenAsync(deployment.IssueToken("alice"));
        var client = instance.Factory.ForUser("alice");
        await client.Albums.GetAlbumAsync(deployment.AlbumId);
        await deployment.Inspector.WaitForSubscribersAsync(1);
        await deployment.Inspector.WaitForSubscribersAsync(1, "spotantic:ratelimit");
        await deployment.Inspector.WaitUntilIdleAsync(); // the reads that follow a subscription
        await deployment.Inspector.ResetStatsAsync();

        for (var i = 0; i < 500; i++)
        {
            await client.Albums.GetAlbumAsync(deployment.AlbumId);
        }

        await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => client.Albums.GetAlbumAsync(deployment.AlbumId)));

        Assert.Empty(await deployment.Inspector.CommandCountsAsync());
    }

    [Fact]
    public async Task RedisLost_ValidTokensKeepWorking_ExpiredOnesFailWithoutARefresh_ThenAllWorkWhenItIsBack()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync(options => options.Auth.RefreshMargin = TimeSpan.FromMinutes(2));
        var other = await deployment.StartInstanceAsync();
        var valid = deployment.IssueToken("alice");
        var nearlyExpired = deployment.IssueToken("bob") with { ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(90).ToUnixTimeSeconds() };
        await instance.Tokens.GetManager("alice").SetTokenAsync(valid);
        await instance.Tokens.GetManager("bob").SetTokenAsync(nearlyExpired);
        await instance.Tokens.GetManager("carol").SetTokenAsync(deployment.IssueToken("carol", expired: true) with { ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeSeconds() });
        await instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);
        _ = other.Tokens;
        await deployment.Inspector.WaitForSubscribersAsync(2);

        deployment.Redis.Kill();

        // Alice's token is in memory and valid: Redis is not asked.
        await instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);

        // Bob's is due for a refresh but still works: no lease, so no refresh; the call goes on with it.
        await instance.Factory.ForUser("bob").Albums.GetAlbumAsync(deployment.AlbumId);

        // Carol's has expired: no refresh is sent without the lease, and the call says why.
        var error = await Assert.ThrowsAsync<SpotifyCoordinationException>(() => instance.Factory.ForUser("carol").Albums.GetAlbumAsync(deployment.AlbumId));
        Assert.Contains(SpotifyTokenKeys.Hash("carol"), error.Message, StringComparison.Ordinal);
        Assert.Empty(deployment.Emulator.RequestLog.Find("POST", "/api/token"));
        Assert.Contains(instance.Logs.GetSnapshot(), r => r.Message.Contains("stays in use until", StringComparison.Ordinal));

        deployment.Redis.Restart();
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                await instance.Factory.ForUser("carol").Albums.GetAlbumAsync(deployment.AlbumId);
                return true;
            }
            catch (SpotifyCoordinationException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(20));

        // Back to normal: a sign-out elsewhere reaches this instance again, through the channel (Alice's token is read
        // again after the restore, and then held as loaded: only the announcement can make this instance drop it).
        Assert.Single(deployment.Emulator.RequestLog.Find("POST", "/api/token"));
        await instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);
        await deployment.Inspector.WaitForSubscribersAsync(2);
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                // The other instance reconnects on its own schedule; until then its sign-out says Redis is away.
                await other.Tokens.GetManager("alice").ClearAsync();
                return true;
            }
            catch (SpotifyTokenStoreException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(20));
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                await instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);
                return false;
            }
            catch (SpotifyAuthorizationRequiredException)
            {
                return true;
            }
        }, TimeSpan.FromSeconds(5));
    }

    private static Spotantic.Coordination.ISpotifyTokenCoordinator CoordinatorOf(RedisInstance instance) =>
        (Spotantic.Coordination.ISpotifyTokenCoordinator)instance.Services.GetService(typeof(Spotantic.Coordination.ISpotifyTokenCoordinator))!;
}
