using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spotantic.Testing.Catalog;
using Spotantic.Testing.Faults;
using Spotantic.Testing.Logging;
using Spotantic.Testing.Routing;
using Spotantic.Testing.State;

namespace Spotantic.Testing;

/// <summary>
/// A local Spotify: an HTTP server on 127.0.0.1 that behaves like <c>accounts.spotify.com</c> (at
/// <see cref="AccountsBaseAddress"/>) and <c>api.spotify.com/v1</c> (at <see cref="ApiBaseAddress"/>), on a seeded,
/// deterministic catalog. Disposing it stops the server and frees the port.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await SpotifyEmulator.StartAsync();
/// emulator.RegisterApp("my-client", "my-secret", "http://127.0.0.1:8000/callback");
/// var token = emulator.Accounts.IssueUserToken("my-client", emulator.DemoUser.Id, "user-library-read");
/// // point the client under test at emulator.ApiBaseAddress and emulator.AccountsBaseAddress
/// </code>
/// </example>
public sealed class SpotifyEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private int _disposed;

    private SpotifyEmulator(WebApplication app, EmulatorState state, Uri baseAddress)
    {
        _app = app;
        _state = state;
        BaseAddress = baseAddress;
        ApiBaseAddress = new Uri(baseAddress, "v1/");
        AccountsBaseAddress = baseAddress;
    }

    /// <summary>The server's root address, e.g. <c>http://127.0.0.1:5599/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The Web API base address, ending in <c>/v1/</c>; the counterpart of <c>https://api.spotify.com/v1/</c>.</summary>
    public Uri ApiBaseAddress { get; }

    /// <summary>The accounts service base address, ending in <c>/</c>; the counterpart of <c>https://accounts.spotify.com/</c>.</summary>
    public Uri AccountsBaseAddress { get; }

    /// <summary>The port the server listens on.</summary>
    public int Port => BaseAddress.Port;

    /// <summary>The seeded catalog, to pick IDs from.</summary>
    public EmulatorCatalog Catalog => _state.Catalog;

    /// <summary>Accounts settings (consent, lifetimes, rotation) and token controls (issue, expire, revoke).</summary>
    public EmulatorAccounts Accounts => _state.Accounts;

    /// <summary>Scripted faults.</summary>
    public EmulatorFaults Faults => _state.Faults;

    /// <summary>The requests that reached the server.</summary>
    public EmulatorRequestLog RequestLog => _state.RequestLog;

    /// <summary>
    /// The seeded demo user (<c>spotantic.demo</c>, US, premium), whose library holds more than one page of every saved
    /// type and who owns a playlist of several hundred items. Null when <see cref="SpotifyEmulatorOptions.CreateDemoUser"/> is false.
    /// </summary>
    public EmulatorUser? DemoUser => _state.FindUser(CatalogGenerator.DemoUserId);

    /// <summary>Every user: the seeded ones and those added with <see cref="AddUser"/>.</summary>
    public IReadOnlyCollection<EmulatorUser> Users => [.. _state.Users.Values.OrderBy(u => u.Id, StringComparer.Ordinal)];

    /// <summary>Starts an emulator on 127.0.0.1.</summary>
    /// <param name="options">Port, seeds, clock, logging; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    public static async Task<SpotifyEmulator> StartAsync(SpotifyEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SpotifyEmulatorOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort);

        var state = new EmulatorState(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SpotifyEmulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        options.ConfigureLogging?.Invoke(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services.AddSingleton(state);

        var app = builder.Build();
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseRouting();
        app.UseMiddleware<ApiAuthMiddleware>();
        EmulatorRouting.Map(app, state);
        EmulatorRouting.Validate(app);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        state.SetBaseAddress(baseAddress);
        return new SpotifyEmulator(app, state, baseAddress);
    }

    /// <summary>
    /// Registers an app, as in the developer dashboard. Redirect URIs are stored as written and checked against Spotify's
    /// 2025 rules at <c>/authorize</c> (so a legacy <c>localhost</c> URI can be registered, and is then refused there).
    /// </summary>
    /// <param name="clientId">The client ID.</param>
    /// <param name="clientSecret">The client secret.</param>
    /// <param name="redirectUris">The redirect URIs.</param>
    /// <returns>The app, whose redirect settings can still change.</returns>
#pragma warning disable CA1054 // Redirect URIs are compared as the exact strings registered, which Uri would normalize.
    public EmulatorApp RegisterApp(string clientId, string clientSecret, params string[] redirectUris)
#pragma warning restore CA1054
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        ArgumentNullException.ThrowIfNull(redirectUris);
        foreach (var uri in redirectUris)
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out _))
            {
                throw new ArgumentException($"Not an absolute URI: '{uri}'.", nameof(redirectUris));
            }
        }

        var app = new EmulatorApp(clientId, clientSecret, redirectUris);
        if (!_state.Apps.TryAdd(clientId, app))
        {
            throw new InvalidOperationException($"An app with client ID '{clientId}' is already registered.");
        }

        return app;
    }

    /// <summary>Finds a registered app.</summary>
    /// <param name="clientId">The client ID.</param>
    /// <returns>The app, or null.</returns>
    public EmulatorApp? FindApp(string clientId) => _state.Apps.GetValueOrDefault(clientId);

    /// <summary>Adds a user with an empty library.</summary>
    /// <param name="id">The user ID (opaque; may contain <c>.</c> or <c>_</c>).</param>
    /// <param name="displayName">The display name; the ID when null.</param>
    /// <param name="email">The e-mail address; <c>{id}@example.com</c> when null.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 country, which is the user's market.</param>
    /// <param name="product"><c>premium</c> or <c>free</c>.</param>
    /// <returns>The user.</returns>
    public EmulatorUser AddUser(string id, string? displayName = null, string? email = null, string country = "US", string product = "premium")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        if (!_state.Catalog.Markets.Contains(country, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown market '{country}'.", nameof(country));
        }

        if (product is not ("premium" or "free"))
        {
            throw new ArgumentException("The product is 'premium' or 'free'.", nameof(product));
        }

        var accountId = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..10].ToLowerInvariant();
        var user = new EmulatorUser(id, accountId, displayName ?? id, email ?? id + "@example.com", country, product, 0, _state.Clock);
        if (!_state.Users.TryAdd(id, user))
        {
            throw new InvalidOperationException($"A user with ID '{id}' already exists.");
        }

        return user;
    }

    /// <summary>Finds a user.</summary>
    /// <param name="id">The user ID.</param>
    /// <returns>The user, or null.</returns>
    public EmulatorUser? FindUser(string id) => _state.FindUser(id);

    /// <summary>Stops the server and frees the port.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _state.Stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _state.Stopping.Dispose();
        }
    }

    /// <summary>Describes the emulator.</summary>
    /// <returns>Its base address.</returns>
    public override string ToString() => $"SpotifyEmulator {BaseAddress}";
}
