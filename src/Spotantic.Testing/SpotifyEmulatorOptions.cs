using Microsoft.Extensions.Logging;

namespace Spotantic.Testing;

/// <summary>Start-up settings of a <see cref="SpotifyEmulator"/>.</summary>
public sealed class SpotifyEmulatorOptions
{
    /// <summary>The default seed of the generated catalog.</summary>
    public const int DefaultCatalogSeed = 20260531;

    /// <summary>The loopback port to listen on; 0 (the default) lets the system pick a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Seed of the generated catalog and demo library. The same seed always gives the same IDs and data, so tests can
    /// rely on them across runs.
    /// </summary>
    public int CatalogSeed { get; set; } = DefaultCatalogSeed;

    /// <summary>Seed of the random draws behind probabilistic faults, so a "share of requests" is reproducible.</summary>
    public int FaultSeed { get; set; } = 1;

    /// <summary>
    /// The clock used for token, code and refresh-token lifetimes and for request-log times. Defaults to
    /// <see cref="TimeProvider.System"/>; pass a fake clock to expire tokens without waiting.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Whether to create the seeded demo user (see <see cref="SpotifyEmulator.DemoUser"/>). Defaults to true.</summary>
    public bool CreateDemoUser { get; set; } = true;

    /// <summary>Configures the server's logging; by default the server logs nothing.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
