using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Spotantic.Extensions.Caching.Redis.Connection;
using Spotantic.Http;
using StackExchange.Redis;

namespace Spotantic.Extensions.Caching.Redis.HealthChecks;

/// <summary>
/// Reports whether Redis answers (Unhealthy when not: refreshes, sign-ins and sign-outs fail meanwhile) and the
/// rate-limit gate of each client ID (Degraded while Spotify asks one to wait, with the time left).
/// </summary>
internal sealed class SpotanticRedisHealthCheck(SpotanticRedisConnection connection, SpotifyRateLimitGates? gates, TimeProvider timeProvider) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var now = timeProvider.GetUtcNow();
        var closed = new List<string>();
        foreach (var gate in gates?.All ?? [])
        {
            var remaining = gate.Remaining(now);
            data[$"ratelimit:{gate.ClientId}"] = remaining is { } left ? $"closed for {left.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s" : "open";
            if (remaining is { } wait)
            {
                closed.Add($"client ID {gate.ClientId} must wait {wait.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s more");
            }
        }

        try
        {
            var latency = await connection.Database.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            data["redis.latency_ms"] = Math.Round(latency.TotalMilliseconds, 1);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            data["redis"] = "unreachable";
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                "Redis is not reachable: calls with a valid token in memory go on; refreshes, sign-ins and sign-outs fail until it is back.",
                ex,
                data);
        }

        return closed.Count > 0
            ? HealthCheckResult.Degraded($"Redis answers; Spotify asked to wait: {string.Join("; ", closed)}. Calls for it fail fast meanwhile.", data: data)
            : HealthCheckResult.Healthy("Redis answers; no rate-limit cooldown is in force.", data);
    }
}
