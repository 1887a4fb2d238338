using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Spotantic.Clients;
using Spotantic.Extensions.DependencyInjection.Logging;
using Spotantic.Extensions.DependencyInjection.Tests.Registration;

namespace Spotantic.Extensions.DependencyInjection.Tests.Logging;

public sealed class SpotanticSessionLogTests : IDisposable
{
    private static readonly DateTimeOffset SessionStart = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);
    private readonly string _logsDir = Directory.CreateTempSubdirectory("spotantic-logs-").FullName;

    public void Dispose() => Directory.Delete(_logsDir, recursive: true);

    [Fact]
    public async Task GetAlbumAsync_LogsDirSet_WritesSpotanticCategoriesToSessionLog()
    {
        var collector = await CallAsync(debug: true);

        var expected = Path.Combine(_logsDir, "20250304-050607", "session.log");
        Assert.Equal([expected], Directory.GetFiles(_logsDir, "*", SearchOption.AllDirectories));
        var lines = await File.ReadAllLinesAsync(expected);
        Assert.Contains(lines, l => l.Contains("Spotantic.Auth.SpotifyAccountsClient", StringComparison.Ordinal) && l.Contains("[Information]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Spotantic.Http", StringComparison.Ordinal) && l.Contains("[Debug]", StringComparison.Ordinal) && l.Contains(StubSpotifyHandler.AlbumId, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \[\w+\] Spotantic[.\w]*: ", l));

        // Logged to the app's providers, but not to the session log, which carries only Spotantic.
        Assert.Contains(collector.GetSnapshot(), r => r.Category == "MyApp.Worker");
        Assert.DoesNotContain(lines, l => l.Contains("MyApp.Worker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAlbumAsync_DebugFalse_SessionLogHasNoDebugLines()
    {
        await CallAsync(debug: false);

        var lines = await File.ReadAllLinesAsync(Path.Combine(_logsDir, "20250304-050607", "session.log"));
        Assert.Contains(lines, l => l.Contains("[Information]", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("[Debug]", StringComparison.Ordinal) || l.Contains("[Trace]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAlbumAsync_LogsDirSet_NoSecretInSessionLog()
    {
        await CallAsync(debug: true);

        var text = await File.ReadAllTextAsync(Path.Combine(_logsDir, "20250304-050607", "session.log"));
        Assert.NotEmpty(text);
        foreach (var secret in SpotanticLoggingTests.Secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GetAlbumAsync_LoggingDisabledWithLogsDir_NoSessionLog()
    {
        await CallAsync(debug: true, enable: false);

        Assert.Empty(Directory.GetFileSystemEntries(_logsDir));
    }

    [Fact]
    public async Task GetAlbumAsync_NoLogsDir_SessionLoggerWritesNothing()
    {
        var stub = new StubSpotifyHandler();
        var services = new ServiceCollection();
        StubbedSpotantic.Add(services, stub, options => options.Logging.Debug = true);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAlbumsClient>().GetAlbumAsync(StubSpotifyHandler.AlbumId);

        var session = Assert.Single(provider.GetServices<ILoggerProvider>().OfType<SpotanticSessionFileLoggerProvider>());
        Assert.Null(session.FilePath);
        Assert.Same(NullLogger.Instance, session.CreateLogger("Spotantic.Http"));
        Assert.Equal(2, stub.Requests.Count);
    }

    // Returns after the container is disposed, so the session log is closed and complete.
    private async Task<FakeLogCollector> CallAsync(bool debug, bool enable = true)
    {
        var services = new ServiceCollection();
        // The session directory is named after the clock; a fixed clock makes its name known.
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(SessionStart));
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        StubbedSpotantic.Add(services, new StubSpotifyHandler(), options =>
        {
            options.Logging.Enable = enable;
            options.Logging.Debug = debug;
            options.Logging.LogsDir = _logsDir;
        });

        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IAlbumsClient>().GetAlbumAsync(StubSpotifyHandler.AlbumId);
        provider.GetRequiredService<ILoggerFactory>().CreateLogger("MyApp.Worker").LogInformation("processed an album");
        return provider.GetFakeLogCollector();
    }
}
