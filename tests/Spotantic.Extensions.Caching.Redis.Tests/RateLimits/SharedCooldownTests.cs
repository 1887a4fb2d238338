using Spotantic.Exceptions;
using Spotantic.Extensions.Caching.Redis.Tests.Support;

namespace Spotantic.Extensions.Caching.Redis.Tests.RateLimits;

public sealed class SharedCooldownTests
{
    [Fact]
    public async Task RetryAfterAboveTheCapOnOneInstance_OthersFailFastWithoutSending_ThenAllSucceed()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instances = new List<RedisInstance>();
        for (var i = 0; i < 3; i++)
        {
            var instance = await deployment.StartInstanceAsync(options => options.Client.MaxRetryAfter = TimeSpan.FromSeconds(1));
            await instance.Tokens.GetManager("alice").SetTokenAsync(deployment.IssueToken("alice"));
            await instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);
            instances.Add(instance);
        }

        await deployment.Inspector.WaitForSubscribersAsync(3, "spotantic:ratelimit");
        deployment.Emulator.Faults.On("GET", "/v1/albums/*").Next(1).RespondTooManyRequests(TimeSpan.FromSeconds(4));
        var sentBefore = deployment.Emulator.RequestLog.Find("GET", "/v1/albums/*").Count;

        var first = await Assert.ThrowsAsync<SpotifyRateLimitException>(() => instances[0].Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId));
        await Eventually.TrueAsync(() => Task.FromResult(instances.All(i => i.GateRemaining is not null)), TimeSpan.FromSeconds(2));
        foreach (var instance in instances.Skip(1))
        {
            await Assert.ThrowsAsync<SpotifyRateLimitException>(() => instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId));
        }

        // Only the first instance's call reached Spotify.
        Assert.Equal(sentBefore + 1, deployment.Emulator.RequestLog.Find("GET", "/v1/albums/*").Count);
        Assert.Equal(TimeSpan.FromSeconds(4), first.RetryAfter);

        await Eventually.TrueAsync(() => Task.FromResult(instances.All(i => i.GateRemaining is null)), TimeSpan.FromSeconds(8));
        foreach (var instance in instances)
        {
            await instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId);
        }
    }

    [Fact]
    public async Task InstanceStartedDuringACooldown_LearnsItFromRedis()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var first = await deployment.StartInstanceAsync(options => options.Client.MaxRetryAfter = TimeSpan.FromSeconds(1));
        await first.Tokens.GetManager("alice").SetTokenAsync(deployment.IssueToken("alice"));
        deployment.Emulator.Faults.On("GET", "/v1/albums/*").Next(1).RespondTooManyRequests(TimeSpan.FromSeconds(3600));
        await Assert.ThrowsAsync<SpotifyRateLimitException>(() => first.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId));
        await Eventually.TrueAsync(async () => (await deployment.Inspector.DumpAsync()).ContainsKey("spotantic:ratelimit:" + RedisDeployment.ClientId));

        var late = await deployment.StartInstanceAsync();
        await late.Tokens.GetManager("alice").SetTokenAsync(deployment.IssueToken("alice"));
        await Eventually.TrueAsync(() => Task.FromResult(late.GateRemaining is { TotalSeconds: > 3500 }));

        await Assert.ThrowsAsync<SpotifyRateLimitException>(() => late.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId));
        Assert.Single(deployment.Emulator.RequestLog.Find("GET", "/v1/albums/*"));
    }

    [Fact]
    public async Task ShorterCooldownReportedLater_NeverShortensTheOneInRedis()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync(options => options.Client.MaxRetryAfter = TimeSpan.FromSeconds(1));
        await instance.Tokens.GetManager("alice").SetTokenAsync(deployment.IssueToken("alice"));
        var coordinator = (Spotantic.Extensions.Caching.Redis.RateLimits.RedisSpotifyRateLimitCoordinator)instance.Services.GetService(typeof(Spotantic.Coordination.ISpotifyRateLimitCoordinator))!;
        var key = "spotantic:ratelimit:" + RedisDeployment.ClientId;

        await coordinator.PublishAsync(RedisDeployment.ClientId, DateTimeOffset.UtcNow.AddMinutes(10));
        await coordinator.PublishAsync(RedisDeployment.ClientId, DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.InRange((await deployment.Inspector.Database.KeyTimeToLiveAsync(key))!.Value.TotalMinutes, 9, 10);
    }
}
