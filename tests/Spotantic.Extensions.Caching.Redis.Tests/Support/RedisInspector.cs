using System.Globalization;
using StackExchange.Redis;

namespace Spotantic.Extensions.Caching.Redis.Tests.Support;

/// <summary>Looks into the test's Redis server from outside Spotantic: every key and value, and the commands it ran.</summary>
public sealed class RedisInspector(RedisServer redis) : IDisposable
{
    private ConnectionMultiplexer? _connection;

    private ConnectionMultiplexer Connection => _connection ??= ConnectionMultiplexer.Connect($"{redis.Configuration},allowAdmin=true,abortConnect=false");

    public IDatabase Database => Connection.GetDatabase();

    private IServer Server => Connection.GetServer(Connection.GetEndPoints()[0]);

    /// <summary>Every key with its raw contents (string, hash fields, list items), as a dump would show them.</summary>
    public async Task<IReadOnlyDictionary<string, byte[][]>> DumpAsync()
    {
        var dump = new Dictionary<string, byte[][]>(StringComparer.Ordinal);
        await foreach (var key in Server.KeysAsync(pattern: "*"))
        {
            var type = await Database.KeyTypeAsync(key);
            dump[key.ToString()] = type switch
            {
                RedisType.String => [(byte[])(await Database.StringGetAsync(key))!],
                RedisType.Hash => [.. (await Database.HashGetAllAsync(key)).SelectMany(e => new[] { (byte[])e.Name!, (byte[])e.Value! })],
                RedisType.List => [.. (await Database.ListRangeAsync(key)).Select(v => (byte[])v!)],
                RedisType.Set => [.. (await Database.SetMembersAsync(key)).Select(v => (byte[])v!)],
                _ => [],
            };
        }

        return dump;
    }

    /// <summary>How many connections subscribe to <paramref name="channel"/>.</summary>
    public async Task<long> SubscribersAsync(string channel)
    {
        var reply = (RedisResult[])(await Server.ExecuteAsync("PUBSUB", "NUMSUB", channel))!;
        return (long)reply[1];
    }

    /// <summary>Waits until <paramref name="count"/> connections subscribe to the token channel of the unnamed app.</summary>
    public Task WaitForSubscribersAsync(int count, string channel = "spotantic:events") =>
        Eventually.TrueAsync(async () => await SubscribersAsync(channel) >= count);

    /// <summary>Waits until Redis runs no command for a moment (the counts read the same twice).</summary>
    public async Task WaitUntilIdleAsync()
    {
        var before = await TotalCommandsAsync();
        while (true)
        {
            await Task.Delay(200);
            var now = await TotalCommandsAsync();
            if (now == before)
            {
                return;
            }

            before = now;
        }
    }

    private async Task<long> TotalCommandsAsync() => (await CommandCountsAsync()).Values.Sum();

    /// <summary>Forgets the command counts so far.</summary>
    public Task ResetStatsAsync() => Server.ExecuteAsync("CONFIG", "RESETSTAT");

    /// <summary>The commands run since the last reset, by name, without the inspector's own and the clients' heartbeats.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CommandCountsAsync()
    {
        var info = (string)(await Server.ExecuteAsync("INFO", "commandstats"))!;
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in info.Split('\n', StringSplitOptions.TrimEntries))
        {
            // cmdstat_get:calls=3,usec=...
            if (!line.StartsWith("cmdstat_", StringComparison.Ordinal))
            {
                continue;
            }

            var name = line["cmdstat_".Length..line.IndexOf(':', StringComparison.Ordinal)];
            var calls = line.Split(',')[0].Split('=')[1];
            if (name is not ("info" or "ping" or "echo") && !name.StartsWith("config", StringComparison.Ordinal))
            {
                counts[name] = long.Parse(calls, CultureInfo.InvariantCulture);
            }
        }

        return counts;
    }

    public void Dispose() => _connection?.Dispose();
}
