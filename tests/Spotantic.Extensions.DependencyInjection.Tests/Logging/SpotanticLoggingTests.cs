using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Spotantic.Clients;
using Spotantic.Configuration;
using Spotantic.Extensions.DependencyInjection.Tests.Registration;

namespace Spotantic.Extensions.DependencyInjection.Tests.Logging;

public sealed class SpotanticLoggingTests
{
    private const string AppCategory = "MyApp.Worker";

    [Fact]
    public async Task GetAlbumAsync_LoggingDisabled_NoSpotanticRecords()
    {
        var (records, stub) = await CallAsync(logging => logging.Enable = false);

        Assert.Equal(2, stub.Requests.Count);
        Assert.DoesNotContain(records, r => IsSpotantic(r));
        // The app's own logging is untouched: only Spotantic is silenced.
        Assert.Contains(records, r => r.Category == AppCategory && r.Level == LogLevel.Debug);
    }

    [Fact]
    public async Task GetAlbumAsync_DebugTrue_SpotanticDebugRecordsPresent()
    {
        var (records, _) = await CallAsync(logging => logging.Debug = true);

        var spotantic = records.Where(r => IsSpotantic(r)).ToList();
        Assert.Contains(spotantic, r => r.Level == LogLevel.Debug && r.Category == "Spotantic.Http" && r.Message.Contains($"/albums/{StubSpotifyHandler.AlbumId}", StringComparison.Ordinal));
        Assert.Contains(spotantic, r => r.Level == LogLevel.Debug && r.Category!.StartsWith("Spotantic.Auth", StringComparison.Ordinal));
        Assert.Contains(spotantic, r => r.Level == LogLevel.Information);
        Assert.DoesNotContain(spotantic, r => r.Level == LogLevel.Trace);
    }

    [Fact]
    public async Task GetAlbumAsync_DebugFalse_InformationButNoDebugRecords()
    {
        var (records, _) = await CallAsync(logging => logging.Debug = false);

        var spotantic = records.Where(r => IsSpotantic(r)).ToList();
        Assert.Contains(spotantic, r => r.Level == LogLevel.Information && r.Category == "Spotantic.Auth.SpotifyAccountsClient");
        Assert.DoesNotContain(spotantic, r => r.Level < LogLevel.Information);
        // The Spotantic level does not cap the app's own categories.
        Assert.Contains(records, r => r.Category == AppCategory && r.Level == LogLevel.Debug);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GetAlbumAsync_AnyLevel_NoSecretInAnyRecord(bool debug)
    {
        var (records, _) = await CallAsync(logging => logging.Debug = debug);

        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var text = string.Join('\n', [record.Message, record.Exception?.ToString(), .. record.StructuredState?.Select(kv => $"{kv.Key}={kv.Value}") ?? []]);
            foreach (var secret in Secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    internal static bool IsSpotantic(FakeLogRecord record) =>
        record.Category?.StartsWith("Spotantic", StringComparison.Ordinal) == true;

    /// <summary>The client secret, the access token, and the Basic credentials that carry the secret.</summary>
    internal static string[] Secrets { get; } =
    [
        StubbedSpotantic.ClientSecret,
        StubSpotifyHandler.AccessToken,
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{StubbedSpotantic.ClientId}:{StubbedSpotantic.ClientSecret}")),
    ];

    private static async Task<(IReadOnlyList<FakeLogRecord> Records, StubSpotifyHandler Stub)> CallAsync(Action<SpotanticLoggingOptions> configure)
    {
        var stub = new StubSpotifyHandler();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        StubbedSpotantic.Add(services, stub, options => configure(options.Logging));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAlbumsClient>().GetAlbumAsync(StubSpotifyHandler.AlbumId);
        provider.GetRequiredService<ILoggerFactory>().CreateLogger(AppCategory).LogDebug("worker tick");

        return (provider.GetFakeLogCollector().GetSnapshot(), stub);
    }
}
