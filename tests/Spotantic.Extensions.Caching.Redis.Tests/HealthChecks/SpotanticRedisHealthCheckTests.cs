using Microsoft.Extensions.Diagnostics.HealthChecks;
using Spotantic.Exceptions;
using Spotantic.Extensions.Caching.Redis.Tests.Support;

namespace Spotantic.Extensions.Caching.Redis.Tests.HealthChecks;

public sealed class SpotanticRedisHealthCheckTests
{
    [Fact]
    public async Task Check_RedisAnswersAndNoCooldown_Healthy()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync();

        var report = await instance.Health.CheckHealthAsync();

        var entry = report.Entries["spotantic-redis"];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.True(entry.Data.ContainsKey("redis.latency_ms"));
    }

    [Fact]
    public async Task Check_GateClosedAfterA429_DegradedWithTheTimeLeft()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync(options => options.Client.MaxRetryAfter = TimeSpan.FromSeconds(1));
        await instance.Tokens.GetManager("alice").SetTokenAsync(deployment.IssueToken("alice"));
        deployment.Emulator.Faults.On("GET", "/v1/albums/*").Next(1).RespondTooManyRequests(TimeSpan.FromSeconds(600));
        await Assert.ThrowsAsync<SpotifyRateLimitException>(() => instance.Factory.ForUser("alice").Albums.GetAlbumAsync(deployment.AlbumId));

        var entry = (await instance.Health.CheckHealthAsync()).Entries["spotantic-redis"];

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Contains(RedisDeployment.ClientId, entry.Description, StringComparison.Ordinal);
        Assert.Matches("closed for (59[0-9]|600) s", (string)entry.Data["ratelimit:" + RedisDeployment.ClientId]);
    }

    [Fact]
    public async Task Check_RedisDown_UnhealthySayingWhatStillWorks()
    {
        await using var deployment = await RedisDeployment.StartAsync();
        var instance = await deployment.StartInstanceAsync();
        Assert.Equal(HealthStatus.Healthy, (await instance.Health.CheckHealthAsync()).Status);

        deployment.Redis.Kill();
        var entry = (await instance.Health.CheckHealthAsync()).Entries["spotantic-redis"];

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("Redis is not reachable", entry.Description, StringComparison.Ordinal);
    }
}
