using Microsoft.Extensions.Logging;
using Spotantic.Configuration;
using Spotantic.Extensions.DependencyInjection;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.Support;

/// <summary>How an <see cref="EmulatorSession"/> is signed in and configured.</summary>
public sealed class EmulatorSessionOptions
{
    /// <summary>The scopes of the demo user's token; every scope when empty.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>Use the client-credentials flow (no user, no stored token) instead of a signed-in user.</summary>
    public bool ClientCredentials { get; init; }

    /// <summary>Store the demo user's token as already expired, so the first call refreshes it.</summary>
    public bool StartWithExpiredToken { get; init; }

    /// <summary>Changes the Spotantic options after the session's defaults (emulator addresses, no retry delay).</summary>
    public Action<SpotanticOptions>? Configure { get; init; }

    /// <summary>Changes the registration further, e.g. to add a handler to the API client.</summary>
    public Action<SpotanticBuilder>? ConfigureBuilder { get; init; }

    /// <summary>
    /// What Spotify serves the app: extended quota by default, as these tests call every operation; development mode
    /// to see what a new app gets.
    /// </summary>
    public EmulatorQuotaMode QuotaMode { get; init; } = EmulatorQuotaMode.Extended;

    /// <summary>Adds logging providers (e.g. a collector).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
