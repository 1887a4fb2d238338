using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Spotantic.Auth;
using Spotantic.Clients;
using Spotantic.Configuration;
using Spotantic.Http;

namespace Spotantic.Extensions.DependencyInjection.Tests.Infrastructure;

/// <summary>
/// A service provider with Spotantic registered through <c>AddSpotantic</c> and pointed at a
/// <see cref="FakeSpotifyServer"/>, with a <see cref="SimulatedBrowser"/> and logs captured at Trace.
/// </summary>
public sealed class SpotanticTestHost : IAsyncDisposable
{
    /// <summary>The scopes the host asks for unless a test says otherwise.</summary>
    public const string DefaultScope = "user-library-read user-library-modify";

    private SpotanticTestHost(FakeSpotifyServer server, ServiceProvider services, SimulatedBrowser browser, string redirectUri)
    {
        Server = server;
        Services = services;
        Browser = browser;
        RedirectUri = redirectUri;
    }

    /// <summary>The fake Spotify the host talks to.</summary>
    public FakeSpotifyServer Server { get; }

    /// <summary>The container.</summary>
    public ServiceProvider Services { get; }

    /// <summary>The browser Spotantic opens the authorize page in.</summary>
    public SimulatedBrowser Browser { get; }

    /// <summary>The loopback redirect URI (a free port), registered with the server.</summary>
    public string RedirectUri { get; }

    /// <summary>The Albums client from the container.</summary>
    public IAlbumsClient Albums => Services.GetRequiredService<IAlbumsClient>();

    /// <summary>The authorization service from the container.</summary>
    public ISpotifyAuthorizationService Authorization => Services.GetRequiredService<ISpotifyAuthorizationService>();

    /// <summary>The token manager from the container.</summary>
    public ISpotifyTokenManager Tokens => Services.GetRequiredService<ISpotifyTokenManager>();

    /// <summary>The token store from the container.</summary>
    public ISpotifyTokenStore TokenStore => Services.GetRequiredService<ISpotifyTokenStore>();

    /// <summary>The shared connection every typed client sends through (internal).</summary>
    internal SpotifyApiConnection Connection => Services.GetRequiredService<SpotifyApiConnection>();

    /// <summary>Every log record written so far.</summary>
    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>
    /// Registers Spotantic with <c>AddSpotantic(Action&lt;SpotanticOptions&gt;)</c>: the server's client, the given flow,
    /// a free loopback redirect URI, both base addresses on the server, and a tiny retry delay.
    /// </summary>
    /// <param name="server">The fake Spotify.</param>
    /// <param name="flow">The OAuth flow.</param>
    /// <param name="configure">Further option changes, applied last.</param>
    /// <param name="configureSpotantic">Further builder setup (token store, handlers).</param>
    /// <returns>The host.</returns>
    public static SpotanticTestHost Create(
        FakeSpotifyServer server,
        SpotifyAuthFlow flow,
        Action<SpotanticOptions>? configure = null,
        Action<SpotanticBuilder>? configureSpotantic = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var redirectUri = FreeTcpPort.NextRedirectUri();
        return Build(server, redirectUri, services => services.AddSpotantic(options =>
        {
            options.Auth.ClientId = server.ClientId;
            options.Auth.ClientSecret = flow == SpotifyAuthFlow.AuthorizationCodePkce ? null : server.ClientSecret;
            options.Auth.Flow = flow;
            options.Auth.RedirectUri = redirectUri;
            options.Auth.Scope = DefaultScope;
            options.Auth.AuthorizationTimeout = TimeSpan.FromSeconds(15);
            options.Client.ApiBaseAddress = server.ApiBaseAddress;
            options.Client.AccountsBaseAddress = server.BaseAddress;
            options.Client.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            configure?.Invoke(options);
        }), configureSpotantic);
    }

    /// <summary>Registers Spotantic with <c>AddSpotantic(IConfiguration)</c> from the configuration a test builds.</summary>
    /// <param name="server">The fake Spotify.</param>
    /// <param name="configuration">Builds the root configuration, given the redirect URI to use.</param>
    /// <param name="configureSpotantic">Further builder setup.</param>
    /// <returns>The host.</returns>
    public static SpotanticTestHost CreateFromConfiguration(
        FakeSpotifyServer server,
        Func<string, IConfiguration> configuration,
        Action<SpotanticBuilder>? configureSpotantic = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(configuration);
        var redirectUri = FreeTcpPort.NextRedirectUri();
        var root = configuration(redirectUri);
        return Build(server, redirectUri, services => services.AddSpotantic(root), configureSpotantic);
    }

    /// <summary>
    /// Puts a user token into the token store, as if an earlier run had authorized: the server issues it, and
    /// Spotantic loads it on first use.
    /// </summary>
    /// <param name="scope">The granted scopes.</param>
    /// <param name="expiresAt">When the access token expires (in the past for an expired token); an hour from now by default.</param>
    /// <returns>The token the server issued.</returns>
    public async Task<FakeUserToken> StoreUserTokenAsync(string scope = DefaultScope, DateTimeOffset? expiresAt = null)
    {
        var token = Server.IssueUserToken(scope, expiresAt ?? DateTimeOffset.UtcNow.AddHours(1));
        await TokenStore.SetAsync(SpotifyTokenKeys.Default, token.ToSpotifyToken());
        return token;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Browser.Dispose();
    }

    private static SpotanticTestHost Build(FakeSpotifyServer server, string redirectUri, Func<IServiceCollection, SpotanticBuilder> register, Action<SpotanticBuilder>? configureSpotantic)
    {
        server.RegisterRedirectUri(redirectUri);
        var browser = new SimulatedBrowser();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        var builder = register(services).UseBrowserLauncher(_ => browser);
        configureSpotantic?.Invoke(builder);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new SpotanticTestHost(server, provider, browser, redirectUri);
    }
}
