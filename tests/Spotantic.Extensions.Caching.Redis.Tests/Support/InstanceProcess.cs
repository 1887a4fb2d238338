using System.Globalization;
using System.Reflection;
using Spotantic.Auth;

namespace Spotantic.Extensions.Caching.Redis.Tests.Support;

/// <summary>
/// One instance of the deployment as a real process of its own (Spotantic.Redis.TestInstance), driven by command
/// lines on its standard input; see that program for the commands.
/// </summary>
public sealed class InstanceProcess : IAsyncDisposable
{
    private static readonly string AssemblyPath = typeof(InstanceProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TestInstanceAssembly").Value!;

    private readonly ChildProcess _process;
    private readonly ScratchDirectory _directory;
    private int _nextId;

    private InstanceProcess(ChildProcess process, ScratchDirectory directory)
    {
        _process = process;
        _directory = directory;
    }

    public int ProcessId => _process.Id;

    /// <summary>What the process wrote to standard error (its logs), for failure messages.</summary>
    public string Logs => _process.Error;

    public static async Task<InstanceProcess> StartAsync(RedisDeployment deployment, int leaseSeconds, int maxRetryAfterSeconds, int refreshMarginSeconds)
    {
        var directory = new ScratchDirectory("spotantic-redis-instance");
        var process = ChildProcess.Start(AssemblyPath, directory.Path, alsoRemove: null, environment: null,
        [
            "--redis", deployment.Redis.Configuration,
            "--api", deployment.Emulator.ApiBaseAddress.AbsoluteUri,
            "--accounts", deployment.Emulator.AccountsBaseAddress.AbsoluteUri,
            "--client-id", RedisDeployment.ClientId,
            "--client-secret", RedisDeployment.ClientSecret,
            "--lease-seconds", leaseSeconds.ToString(CultureInfo.InvariantCulture),
            "--max-retry-after-seconds", maxRetryAfterSeconds.ToString(CultureInfo.InvariantCulture),
            "--refresh-margin-seconds", refreshMarginSeconds.ToString(CultureInfo.InvariantCulture),
        ], withInput: true);
        await process.WaitForLineAsync(line => line == "ready", TimeSpan.FromSeconds(60));
        return new InstanceProcess(process, directory);
    }

    /// <summary>Sends a command and returns the process's answer (without the command's ID).</summary>
    public async Task<string> SendAsync(string command, TimeSpan? timeout = null)
    {
        var id = "c" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        await _process.SendLineAsync(id + " " + command);
        var line = await _process.WaitForLineAsync(l => l.StartsWith(id + " ", StringComparison.Ordinal), timeout ?? TimeSpan.FromMinutes(2));
        return line[(id.Length + 1)..];
    }

    /// <summary>Sends a command without waiting for the answer; <see cref="WaitAsync"/> reads it.</summary>
    public async Task<string> BeginAsync(string command)
    {
        var id = "c" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        await _process.SendLineAsync(id + " " + command);
        return id;
    }

    public async Task<string> WaitAsync(string id, TimeSpan? timeout = null)
    {
        var line = await _process.WaitForLineAsync(l => l.StartsWith(id + " ", StringComparison.Ordinal), timeout ?? TimeSpan.FromMinutes(2));
        return line[(id.Length + 1)..];
    }

    public Task<string> CallsAsync(string key, int count, string albumId) => SendAsync($"calls {key} {count} {albumId}");

    public Task<string> HandInAsync(string key, SpotifyToken token) =>
        SendAsync($"hand-in {key} {token.AccessToken} {token.RefreshToken} {token.ExpiresAt.ToString(CultureInfo.InvariantCulture)} {token.Scope}");

    /// <summary>Kills the process at once (SIGKILL), as a crash or a lost host would.</summary>
    public void Kill() => _process.Kill();

    public ValueTask DisposeAsync()
    {
        _process.Dispose();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
