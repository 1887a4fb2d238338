using Microsoft.Extensions.Hosting;

namespace Spotantic.Extensions.Caching.Redis.Connection;

/// <summary>
/// Connects to Redis as the host starts, so the first call does not pay for it and the log says at once whether Redis
/// is reachable. A Redis that is down does not stop the app: the connection keeps trying in the background.
/// </summary>
internal sealed class SpotanticRedisStartup(SpotanticRedisConnection connection) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(() => _ = connection.Multiplexer, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
