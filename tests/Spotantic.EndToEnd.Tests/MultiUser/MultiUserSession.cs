using Microsoft.Extensions.DependencyInjection;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Extensions.DependencyInjection;
using Spotantic.Http;
using Spotantic.Testing;

namespace Spotantic.EndToEnd.Tests.MultiUser;

/// <summary>
/// An emulator and one Spotantic container serving many users, as a web app would: the injected clients act for the
/// key of <see cref="Accessor"/>, <see cref="Factory"/> for any key, and every user's token is handed in per key.
/// </summary>
public sealed class MultiUserSession : IAsyncDisposable
{
    public const string ClientId = "multi-user-client";
    public const string ClientSecret = "multi-user-secret";
    public const string RedirectUri = "http://127.0.0.1:8000/callback";

    private readonly ServiceProvider _services;
    private readonly Dictionary<string, string> _userByAccessToken = new(StringComparer.Ordinal);

    private MultiUserSession(SpotifyEmulator emulator, ServiceProvider services, AsyncLocalTokenKeyAccessor accessor, InMemorySpotifyTokenStore store)
    {
        Emulator = emulator;
        _services = services;
        Accessor = accessor;
        Store = store;
    }

    public SpotifyEmulator Emulator { get; }

    public IServiceProvider Services => _services;

    public AsyncLocalTokenKeyAccessor Accessor { get; }

    public InMemorySpotifyTokenStore Store { get; }

    public ISpotifyClientFactory Factory => _services.GetRequiredService<ISpotifyClientFactory>();

    public ISpotifyTokenManagerProvider TokenManagers => _services.GetRequiredService<ISpotifyTokenManagerProvider>();

    public static async Task<MultiUserSession> StartAsync(Action<SpotanticOptions>? configure = null, Action<SpotanticBuilder>? configureBuilder = null)
    {
        var emulator = await SpotifyEmulator.StartAsync();
        emulator.RegisterApp(ClientId, ClientSecret, RedirectUri).QuotaMode = EmulatorQuotaMode.Extended;
        var accessor = new AsyncLocalTokenKeyAccessor();
        var store = new InMemorySpotifyTokenStore();
        var services = new ServiceCollection();
        // Registered before AddSpotantic, as Spotantic.AspNetCore registers its HttpContext accessor.
        services.AddSingleton<ISpotifyTokenKeyAccessor>(accessor);
        var builder = services.AddSpotantic(options =>
        {
            options.Auth.ClientId = ClientId;
            options.Auth.ClientSecret = ClientSecret;
            options.Auth.Flow = SpotifyAuthFlow.AuthorizationCode;
            options.Auth.RedirectUri = RedirectUri;
            options.Client.ApiBaseAddress = emulator.ApiBaseAddress;
            options.Client.AccountsBaseAddress = emulator.AccountsBaseAddress;
            options.Client.RetryBaseDelay = TimeSpan.Zero;
            // Hundreds of connections at once can keep one waiting for seconds on a busy machine; a slow attempt must
            // not be retried, which would add requests the assertions do not expect.
            options.Client.AttemptTimeout = TimeSpan.FromMinutes(1);
            configure?.Invoke(options);
        }).UseTokenStore(_ => store);
        configureBuilder?.Invoke(builder);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new MultiUserSession(emulator, provider, accessor, store);
    }

    /// <summary>Adds an emulator user, issues it a token and hands the token in under the user's ID as its key.</summary>
    public async Task<EmulatorTokenGrant> SignInAsync(string userId, bool expired = false)
    {
        if (Emulator.FindUser(userId) is null)
        {
            Emulator.AddUser(userId);
        }

        var grant = Emulator.Accounts.IssueUserToken(ClientId, userId, [.. SpotifyScopes.All]);
        var token = new SpotifyToken
        {
            AccessToken = grant.AccessToken,
            RefreshToken = grant.RefreshToken,
            Scope = string.Join(' ', grant.Scopes),
            ExpiresIn = (int)(grant.ExpiresAt - DateTimeOffset.UtcNow).TotalSeconds,
            ExpiresAt = expired ? DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds() : grant.ExpiresAt.ToUnixTimeSeconds(),
        };
        await TokenManagers.GetManager(userId).SetTokenAsync(token);
        lock (_userByAccessToken)
        {
            _userByAccessToken[grant.AccessToken] = userId;
        }

        return grant;
    }

    /// <summary>The user whose token a logged request carried, or <see langword="null"/> for a token this session did not hand in.</summary>
    public string? UserOf(EmulatorRequest request)
    {
        const string Bearer = "Bearer ";
        if (request.Authorization is not { } header || !header.StartsWith(Bearer, StringComparison.Ordinal))
        {
            return null;
        }

        lock (_userByAccessToken)
        {
            return _userByAccessToken.GetValueOrDefault(header[Bearer.Length..]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
