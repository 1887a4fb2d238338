using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Testing;

namespace Spotantic.Extensions.Caching.Redis.Tests.Support;

/// <summary>
/// What the instances of one deployment share: a Spotify emulator (with the app registered) and a real Redis server,
/// both of the test's own. Instances start in this process (<see cref="StartInstanceAsync"/>, each its own container)
/// or as processes of their own (<see cref="StartProcessAsync"/>).
/// </summary>
public sealed class RedisDeployment : IAsyncDisposable
{
    public const string ClientId = "redis-tests-client";
    public const string ClientSecret = "redis-tests-secret";

    private readonly List<IAsyncDisposable> _instances = [];

    private RedisDeployment(SpotifyEmulator emulator, RedisServer redis)
    {
        Emulator = emulator;
        Redis = redis;
        Inspector = new RedisInspector(redis);
    }

    public SpotifyEmulator Emulator { get; }

    public RedisServer Redis { get; }

    public RedisInspector Inspector { get; }

    /// <summary>An album every call can read.</summary>
    public string AlbumId => Emulator.Catalog.Albums[0].Id;

    public static async Task<RedisDeployment> StartAsync(RefreshTokenRotation rotation = RefreshTokenRotation.NoNewToken)
    {
        var redis = RedisServer.Start();
        var emulator = await SpotifyEmulator.StartAsync();
        emulator.RegisterApp(ClientId, ClientSecret, "http://127.0.0.1:8000/callback");
        emulator.Accounts.RefreshTokenRotation = rotation;
        return new RedisDeployment(emulator, redis);
    }

    /// <summary>Adds the user to the emulator if needed and issues a token for it, optionally already expired.</summary>
    public SpotifyToken IssueToken(string userId, bool expired = false)
    {
        if (Emulator.FindUser(userId) is null)
        {
            Emulator.AddUser(userId);
        }

        var grant = Emulator.Accounts.IssueUserToken(ClientId, userId, "user-read-private", "user-library-read");
        return new SpotifyToken
        {
            AccessToken = grant.AccessToken,
            RefreshToken = grant.RefreshToken,
            Scope = string.Join(' ', grant.Scopes),
            ExpiresIn = 3600,
            ExpiresAt = (expired ? DateTimeOffset.UtcNow.AddMinutes(-5) : grant.ExpiresAt).ToUnixTimeSeconds(),
        };
    }

    public async Task<RedisInstance> StartInstanceAsync(Action<SpotanticOptions>? configure = null, Action<SpotanticRedisOptions>? redis = null)
    {
        var instance = RedisInstance.Start(this, configure, redis);
        _instances.Add(instance);
        await Task.CompletedTask;
        return instance;
    }

    public async Task<InstanceProcess> StartProcessAsync(int leaseSeconds = 30, int maxRetryAfterSeconds = 30, int refreshMarginSeconds = 60)
    {
        var process = await InstanceProcess.StartAsync(this, leaseSeconds, maxRetryAfterSeconds, refreshMarginSeconds);
        _instances.Add(process);
        return process;
    }

    /// <summary>The user an API request was made for, by the access token it carried; null for none or an unknown one.</summary>
    public string? UserOf(EmulatorRequest request) =>
        request.Authorization is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal)
            ? Emulator.Accounts.GetUserOfAccessToken(header["Bearer ".Length..])
            : null;

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        Inspector.Dispose();
        await Emulator.DisposeAsync();
        Redis.Dispose();
    }
}
