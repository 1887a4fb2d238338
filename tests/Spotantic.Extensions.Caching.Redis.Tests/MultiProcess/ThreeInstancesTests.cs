using System.Text;
using System.Web;
using Spotantic.Extensions.Caching.Redis.Tests.Support;
using Spotantic.Testing;

namespace Spotantic.Extensions.Caching.Redis.Tests.MultiProcess;

/// <summary>Three real processes, each an instance of one deployment, sharing a Redis server and the emulator.</summary>
public sealed class ThreeInstancesTests
{
    [Fact]
    public async Task SharedTokenExpired_300ConcurrentCallsOnEachOfThreeProcesses_OneTokenRequestAndNoInvalidGrant()
    {
        await using var deployment = await RedisDeployment.StartAsync(RefreshTokenRotation.Rotate);
        var instances = await StartThreeAsync(deployment);
        Assert.Equal("done", await instances[0].HandInAsync("alice", deployment.IssueToken("alice", expired: true)));

        var ids = await Task.WhenAll(instances.Select(i => i.BeginAsync($"calls alice 300 {deployment.AlbumId}")));
        var results = await Task.WhenAll(instances.Select((instance, n) => instance.WaitAsync(ids[n])));

        Assert.All(results, result => Assert.Equal("done ok=300 failed=0 errors=", result));
        var tokenRequests = deployment.Emulator.RequestLog.Find("POST", "/api/token");
        Assert.Single(tokenRequests);
        Assert.Equal(200, tokenRequests[0].StatusCode);
        Assert.Equal(900, deployment.Emulator.RequestLog.Find("GET", "/v1/albums/*").Count(r => r.StatusCode == 200));
    }

    [Fact]
    public async Task ProcessHoldingTheLeaseKilledMidRefresh_AnotherRefreshesAfterTheLease_AllCallersSucceed()
    {
        await using var deployment = await RedisDeployment.StartAsync(RefreshTokenRotation.Rotate);
        var instances = await StartThreeAsync(deployment, leaseSeconds: 10);
        Assert.Equal("done", await instances[0].HandInAsync("alice", deployment.IssueToken("alice", expired: true)));

        // The first refresh hangs at Spotify until its sender is gone.
        deployment.Emulator.Faults.On("POST", "/api/token").Next(1).Delay(TimeSpan.FromMinutes(2));
        await instances[0].BeginAsync($"calls alice 10 {deployment.AlbumId}");
        await Eventually.TrueAsync(() => Task.FromResult(deployment.Emulator.RequestLog.Count("POST", "/api/token") == 1));
        var waiting = new[]
        {
            (instances[1], await instances[1].BeginAsync($"calls alice 10 {deployment.AlbumId}")),
            (instances[2], await instances[2].BeginAsync($"calls alice 10 {deployment.AlbumId}")),
        };
        await Task.Delay(300);
        instances[0].Kill();
        var killed = DateTime.UtcNow;

        foreach (var (instance, id) in waiting)
        {
            Assert.Equal("done ok=10 failed=0 errors=", await instance.WaitAsync(id));
        }

        // The dead process's refresh never completed; the next holder's did, once, and nobody got invalid_grant.
        var tokenRequests = deployment.Emulator.RequestLog.Find("POST", "/api/token");
        Assert.Equal(2, tokenRequests.Count);
        Assert.True(tokenRequests[0].Aborted);
        Assert.Equal(200, tokenRequests[1].StatusCode);
        Assert.True(DateTime.UtcNow - killed < TimeSpan.FromSeconds(30));

        // The next holder waited for the dead one's lease to run out (taken just before its request; the dead process
        // was killed long before its own 8 s abandonment point, so it did not release the lease itself).
        Assert.True(tokenRequests[1].Time - tokenRequests[0].Time >= TimeSpan.FromSeconds(9), $"{tokenRequests[1].Time - tokenRequests[0].Time}");

        // Nothing is lost: the refreshed token is in Redis for everyone, and serves without another token request.
        Assert.Equal("done ok=5 failed=0 errors=", await instances[2].CallsAsync("alice", 5, deployment.AlbumId));
        Assert.Equal(2, deployment.Emulator.RequestLog.Count("POST", "/api/token"));
    }

    [Fact]
    public async Task RetryAfterAboveTheCapOnOneProcess_TheOthersFailFastWithoutSendingUntilTheCooldownEnds()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instances = await StartThreeAsync(deployment, maxRetryAfterSeconds: 1);
        Assert.Equal("done", await instances[0].HandInAsync("alice", deployment.IssueToken("alice")));
        foreach (var instance in instances)
        {
            Assert.Equal("done ok=1 failed=0 errors=", await instance.CallsAsync("alice", 1, deployment.AlbumId));
        }

        await deployment.Inspector.WaitForSubscribersAsync(3, "spotantic:ratelimit");
        deployment.Emulator.Faults.On("GET", "/v1/albums/*").Next(1).RespondTooManyRequests(TimeSpan.FromSeconds(5));
        var sent = deployment.Emulator.RequestLog.Count("GET", "/v1/albums/*");

        Assert.Equal("done ok=0 failed=1 errors=SpotifyRateLimitException:1", await instances[0].CallsAsync("alice", 1, deployment.AlbumId));
        foreach (var instance in instances.Skip(1))
        {
            await Eventually.TrueAsync(async () => await instance.SendAsync("health") == "done Degraded", TimeSpan.FromSeconds(2));
            Assert.Equal("done ok=0 failed=20 errors=SpotifyRateLimitException:20", await instance.CallsAsync("alice", 20, deployment.AlbumId));
        }

        Assert.Equal(sent + 1, deployment.Emulator.RequestLog.Count("GET", "/v1/albums/*"));
        foreach (var instance in instances)
        {
            await Eventually.TrueAsync(async () => await instance.SendAsync("health") == "done Healthy", TimeSpan.FromSeconds(10));
            Assert.Equal("done ok=3 failed=0 errors=", await instance.CallsAsync("alice", 3, deployment.AlbumId));
        }
    }

    [Fact]
    public async Task HundredUsersOnThreeProcesses_NoCrossUserCall_SignOutSeenEverywhereWithinFiveSecondsEndToEnd_NoTokenInRedis()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instances = await StartThreeAsync(deployment);
        var users = Enumerable.Range(1, 100).Select(n => $"user-{n:000}").ToArray();
        var issued = new List<Spotantic.Auth.SpotifyToken>();
        foreach (var (user, n) in users.Select((u, n) => (u, n)))
        {
            // Every other user's token has expired: refreshes happen on whichever instance gets there first.
            var token = deployment.IssueToken(user, expired: n % 2 == 0);
            issued.Add(token);
            Assert.Equal("done", await instances[n % 3].HandInAsync(user, token));
        }

        var calls = new List<(InstanceProcess Instance, string Id)>();
        foreach (var user in users)
        {
            foreach (var instance in instances)
            {
                calls.Add((instance, await instance.BeginAsync($"me {user} 4")));
            }
        }

        foreach (var (instance, id) in calls)
        {
            Assert.Equal("done ok=4 mismatched=0 failed=0", await instance.WaitAsync(id));
        }

        // Every request Spotify saw carried the token of the user whose profile came back.
        Assert.Equal(1200, deployment.Emulator.RequestLog.Find("GET", "/v1/me").Count(r => r.StatusCode == 200 && deployment.UserOf(r) is not null));
        Assert.Equal(50, deployment.Emulator.RequestLog.Count("POST", "/api/token"));

        // Signed out on one instance: the others stop acting for that user (the announcement takes milliseconds; the
        // bound here also covers two processes answering over their standard input on a busy machine).
        Assert.Equal("done", await instances[0].SendAsync("signout user-007"));
        var signedOut = DateTime.UtcNow;
        foreach (var instance in instances.Skip(1))
        {
            await Eventually.TrueAsync(async () => await instance.SendAsync("token user-007") == "done error=SpotifyAuthorizationRequiredException", TimeSpan.FromSeconds(5));
        }

        Assert.True(DateTime.UtcNow - signedOut < TimeSpan.FromSeconds(5));
        Assert.Equal("done has-token", await instances[2].SendAsync("token user-008"));

        // A Redis dump shows no access token any request carried, and no refresh token.
        var secrets = deployment.Emulator.RequestLog.Find("GET", "/v1/me").Select(r => r.Authorization!["Bearer ".Length..])
            .Concat(deployment.Emulator.RequestLog.Find("POST", "/api/token").Select(r => HttpUtility.ParseQueryString(r.Body!)["refresh_token"]!))
            .Concat(issued.Select(t => t.RefreshToken!))
            .ToHashSet(StringComparer.Ordinal);
        var dump = await deployment.Inspector.DumpAsync();
        Assert.Equal(99, dump.Keys.Count(k => k.StartsWith("spotantic:token:", StringComparison.Ordinal)));
        foreach (var (name, values) in dump)
        {
            Assert.DoesNotContain(users, user => name.Contains(user, StringComparison.Ordinal));
            foreach (var value in values)
            {
                var text = Encoding.UTF8.GetString(value);
                Assert.DoesNotContain(secrets, secret => text.Contains(secret, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task RedisKilledAndRestartedMidRun_ValidTokensKeepWorking_RefreshWaitsForRedis_ThenEverythingWorks()
    {
        await using var deployment = await RedisDeployment.StartAsync(RefreshTokenRotation.Rotate);
        var instances = await StartThreeAsync(deployment, refreshMarginSeconds: 1);
        Assert.Equal("done", await instances[0].HandInAsync("alice", deployment.IssueToken("alice")));

        // Bob's token is loaded everywhere and expires in a few seconds: its refresh falls in the outage.
        var bob = deployment.IssueToken("bob") with { ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(4).ToUnixTimeSeconds() };
        Assert.Equal("done", await instances[0].HandInAsync("bob", bob));
        foreach (var instance in instances)
        {
            Assert.Equal("done ok=2 failed=0 errors=", await instance.CallsAsync("alice", 2, deployment.AlbumId));
            Assert.Equal("done ok=2 failed=0 errors=", await instance.CallsAsync("bob", 2, deployment.AlbumId));
        }

        await deployment.Inspector.WaitForSubscribersAsync(3);
        deployment.Redis.Kill();
        await Task.Delay(TimeSpan.FromSeconds(5));

        foreach (var instance in instances)
        {
            Assert.Equal("done ok=20 failed=0 errors=", await instance.CallsAsync("alice", 20, deployment.AlbumId));
            Assert.Equal("done ok=0 failed=5 errors=SpotifyCoordinationException:5", await instance.CallsAsync("bob", 5, deployment.AlbumId));
        }

        Assert.Empty(deployment.Emulator.RequestLog.Find("POST", "/api/token"));
        Assert.Contains("no refresh token is sent alone", instances[0].Logs, StringComparison.Ordinal);

        deployment.Redis.Restart();
        foreach (var instance in instances)
        {
            await Eventually.TrueAsync(async () => await instance.CallsAsync("bob", 5, deployment.AlbumId) == "done ok=5 failed=0 errors=", TimeSpan.FromSeconds(30));
        }

        // One refresh for all three, the refresh token used once, and the tokens survived the restart.
        var refreshes = deployment.Emulator.RequestLog.Find("POST", "/api/token");
        Assert.Single(refreshes);
        Assert.Equal(200, refreshes[0].StatusCode);
        Assert.Equal("done ok=2 failed=0 errors=", await instances[1].CallsAsync("alice", 2, deployment.AlbumId));
    }

    private static async Task<InstanceProcess[]> StartThreeAsync(RedisDeployment deployment, int leaseSeconds = 30, int maxRetryAfterSeconds = 30, int refreshMarginSeconds = 60) =>
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => deployment.StartProcessAsync(leaseSeconds, maxRetryAfterSeconds, refreshMarginSeconds)));
}
