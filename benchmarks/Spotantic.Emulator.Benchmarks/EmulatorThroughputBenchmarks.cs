using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using Spotantic.Testing;

namespace Spotantic.Emulator.Benchmarks;

/// <summary>
/// Requests per second an in-process <see cref="SpotifyEmulator"/> serves through <see cref="HttpClient"/> over loopback:
/// one request at a time (the latency a test sees) and <see cref="Concurrency"/> at once (the server's throughput).
/// Requests per second = 1 / the reported mean, which is per request.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes the client and the emulator.")]
public class EmulatorThroughputBenchmarks
{
    /// <summary>Requests in flight at once in the concurrent benchmarks.</summary>
    public const int Concurrency = 16;

    private const string ClientId = "benchmark-client";

    private SpotifyEmulator? _emulator;
    private HttpClient? _http;
    private string _albumPath = string.Empty;

    /// <summary>Starts the emulator with its request log off, and a client with a user token of the demo user.</summary>
    /// <returns>A task that completes when the emulator listens.</returns>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _emulator = await SpotifyEmulator.StartAsync().ConfigureAwait(false);
        _emulator.RequestLog.Enabled = false;
        _emulator.RegisterApp(ClientId, "benchmark-secret", "http://127.0.0.1:8000/callback");
        var token = _emulator.Accounts.IssueUserToken(ClientId, _emulator.DemoUser!.Id, "user-library-read");
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = _emulator.ApiBaseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        _albumPath = "albums/" + _emulator.Catalog.Albums[0].Id;

        // Fail here rather than measure error responses.
        await GetAlbumAsync().ConfigureAwait(false);
        await GetSavedAlbumsPageAsync().ConfigureAwait(false);
    }

    /// <summary>Stops the emulator.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary><c>GET /v1/albums/{id}</c>: an album with its first page of tracks.</summary>
    /// <returns>The body length.</returns>
    [Benchmark]
    public Task<int> GetAlbumAsync() => SendAsync(_albumPath);

    /// <summary><c>GET /v1/me/albums?limit=50&amp;offset=20</c>: a page of the demo user's saved albums.</summary>
    /// <returns>The body length.</returns>
    [Benchmark]
    public Task<int> GetSavedAlbumsPageAsync() => SendAsync("me/albums?limit=50&offset=20");

    /// <summary><see cref="GetAlbumAsync"/> with <see cref="Concurrency"/> requests in flight; the mean is per request.</summary>
    /// <returns>The total body length.</returns>
    [Benchmark(OperationsPerInvoke = Concurrency)]
    public Task<int> GetAlbumConcurrentAsync() => SendConcurrentlyAsync(_albumPath);

    /// <summary><see cref="GetSavedAlbumsPageAsync"/> with <see cref="Concurrency"/> requests in flight; the mean is per request.</summary>
    /// <returns>The total body length.</returns>
    [Benchmark(OperationsPerInvoke = Concurrency)]
    public Task<int> GetSavedAlbumsPageConcurrentAsync() => SendConcurrentlyAsync("me/albums?limit=50&offset=20");

    private async Task<int> SendConcurrentlyAsync(string path)
    {
        var tasks = new Task<int>[Concurrency];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = SendAsync(path);
        }

        var lengths = await Task.WhenAll(tasks).ConfigureAwait(false);
        return lengths.Sum();
    }

    private async Task<int> SendAsync(string path)
    {
        using var response = await _http!.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return body.Length;
    }
}
