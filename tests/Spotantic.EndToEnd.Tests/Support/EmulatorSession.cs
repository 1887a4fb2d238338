using Microsoft.Extensions.DependencyInjection;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Http;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.Support;

/// <summary>
/// A started emulator and a Spotantic container wired to it the way an app would be (<c>AddSpotantic</c>), signed in
/// as the emulator's demo user with a token the emulator issued.
/// </summary>
/// <remarks>Each test creates its own session, so state changes (saves, playlists, playback) never leak between tests.</remarks>
public sealed class EmulatorSession : IAsyncDisposable
{
    public const string ClientId = "e2e-client";
    public const string ClientSecret = "e2e-secret";
    public const string RedirectUri = "http://127.0.0.1:8000/callback";

    private readonly ServiceProvider _services;

    private EmulatorSession(SpotifyEmulator emulator, ServiceProvider services, EmulatorTokenGrant? grant, InMemorySpotifyTokenStore tokenStore)
    {
        Emulator = emulator;
        _services = services;
        Grant = grant;
        TokenStore = tokenStore;
    }

    /// <summary>The emulator the session talks to.</summary>
    public SpotifyEmulator Emulator { get; }

    /// <summary>The signed-in user (the emulator's demo user).</summary>
    public EmulatorUser User => Emulator.DemoUser!;

    /// <summary>The token the session started with, or <see langword="null"/> for a client-credentials session.</summary>
    public EmulatorTokenGrant? Grant { get; }

    /// <summary>Where the session's tokens are kept.</summary>
    public InMemorySpotifyTokenStore TokenStore { get; }

    /// <summary>The container.</summary>
    public IServiceProvider Services => _services;

    /// <summary>Every typed client, as the container resolves them.</summary>
    public ISpotifyClient Client => _services.GetRequiredService<ISpotifyClient>();

    /// <summary>Resolves a typed client (e.g. <c>IAlbumsClient</c>) from the container.</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>
    /// Starts an emulator and signs the demo user in with <paramref name="scopes"/> (every scope when none are given).
    /// </summary>
    public static Task<EmulatorSession> StartAsync(params string[] scopes) => StartAsync(new EmulatorSessionOptions { Scopes = scopes });

    /// <summary>Starts an emulator and uses the client-credentials flow (no user).</summary>
    public static Task<EmulatorSession> StartWithClientCredentialsAsync() => StartAsync(new EmulatorSessionOptions { ClientCredentials = true });

    /// <summary>Starts an emulator and a container configured by <paramref name="options"/>.</summary>
    public static async Task<EmulatorSession> StartAsync(EmulatorSessionOptions options)
    {
        var emulator = await SpotifyEmulator.StartAsync();
        emulator.RegisterApp(ClientId, ClientSecret, RedirectUri).QuotaMode = options.QuotaMode;
        var store = new InMemorySpotifyTokenStore();
        if (options.ClientCredentials)
        {
            return new EmulatorSession(emulator, BuildServices(emulator, SpotifyAuthFlow.ClientCredentials, store, options), null, store);
        }

        var granted = options.Scopes.Count == 0 ? [.. SpotifyScopes.All] : options.Scopes.ToArray();
        var grant = emulator.Accounts.IssueUserToken(ClientId, emulator.DemoUser!.Id, granted);
        var token = new SpotifyToken
        {
            AccessToken = grant.AccessToken,
            RefreshToken = grant.RefreshToken,
            Scope = string.Join(' ', grant.Scopes),
            ExpiresIn = (int)(grant.ExpiresAt - DateTimeOffset.UtcNow).TotalSeconds,
            ExpiresAt = options.StartWithExpiredToken ? DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds() : grant.ExpiresAt.ToUnixTimeSeconds(),
        };
        await store.SetAsync(SpotifyTokenKeys.Default, token);
        // The emulator issued the token to a confidential client (as the authorization code flow does), so refreshing it
        // takes the client secret.
        return new EmulatorSession(emulator, BuildServices(emulator, SpotifyAuthFlow.AuthorizationCode, store, options), grant, store);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    private static ServiceProvider BuildServices(SpotifyEmulator emulator, SpotifyAuthFlow flow, ISpotifyTokenStore store, EmulatorSessionOptions sessionOptions)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => sessionOptions.ConfigureLogging?.Invoke(logging));
        var builder = services.AddSpotantic(options =>
        {
            options.Auth.ClientId = ClientId;
            options.Auth.ClientSecret = ClientSecret;
            options.Auth.Flow = flow;
            options.Auth.RedirectUri = RedirectUri;
            options.Auth.Scope = string.Join(' ', SpotifyScopes.All);
            options.Client.ApiBaseAddress = emulator.ApiBaseAddress;
            options.Client.AccountsBaseAddress = emulator.AccountsBaseAddress;
            options.Client.RetryBaseDelay = TimeSpan.Zero;
            sessionOptions.Configure?.Invoke(options);
        }).UseTokenStore(_ => store);
        sessionOptions.ConfigureBuilder?.Invoke(builder);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
