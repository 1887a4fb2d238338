using Microsoft.Extensions.Diagnostics.HealthChecks;
using Spotantic.Extensions.Caching.Redis.Connection;
using Spotantic.Extensions.Caching.Redis.HealthChecks;
using Spotantic.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the health check of Spotantic's Redis integration.</summary>
public static class SpotanticRedisHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a check that Redis answers (reported as <paramref name="failureStatus"/>, Unhealthy by default, when it
    /// does not) and of each client ID's rate-limit gate (Degraded while Spotify asks it to wait, with the time left).
    /// Needs <c>AddSpotantic(...).UseRedis()</c>.
    /// </summary>
    /// <param name="builder">The health checks builder (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="name">The check's name.</param>
    /// <param name="failureStatus">What an unreachable Redis reports.</param>
    /// <param name="tags">Tags to filter checks by (e.g. <c>ready</c>).</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddSpotanticRedis(this IHealthChecksBuilder builder, string name = "spotantic-redis", HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return builder.Add(new HealthCheckRegistration(
            name,
            sp => new SpotanticRedisHealthCheck(
                sp.GetService<SpotanticRedisConnection>() ?? throw new InvalidOperationException("The Spotantic Redis health check needs AddSpotantic(...).UseRedis()."),
                sp.GetService<SpotifyRateLimitGates>(),
                sp.GetService<TimeProvider>() ?? TimeProvider.System),
            failureStatus,
            tags));
    }
}
