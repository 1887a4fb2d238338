using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Configuration;
using Spotantic.Coordination;

namespace Spotantic.Extensions.DependencyInjection;

/// <summary>
/// Further setup after <c>AddSpotantic</c>: the token store, the browser launcher, resilience settings, and extra
/// HTTP handlers.
/// </summary>
public sealed class SpotanticBuilder
{
    internal SpotanticBuilder(IServiceCollection services, string? name, IHttpClientBuilder apiHttpClient, IHttpClientBuilder accountsHttpClient)
    {
        Services = services;
        Name = name;
        ApiHttpClient = apiHttpClient;
        AccountsHttpClient = accountsHttpClient;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// The app's name (its service key), or <see langword="null"/> for the unnamed <c>AddSpotantic</c>, whose services
    /// are ordinary registrations.
    /// </summary>
    public string? Name { get; }

    /// <summary>
    /// The Web API HttpClient's builder. Handlers added here run inside the Spotantic chain, after authentication
    /// (they see the final request, <c>Authorization</c> header included, once per attempt).
    /// </summary>
    public IHttpClientBuilder ApiHttpClient { get; }

    /// <summary>The accounts (token endpoint) HttpClient's builder.</summary>
    public IHttpClientBuilder AccountsHttpClient { get; }

    /// <summary>Keeps tokens in memory only (nothing is written to disk).</summary>
    /// <returns>This builder.</returns>
    public SpotanticBuilder UseInMemoryTokenStore() => UseTokenStore(_ => new InMemorySpotifyTokenStore());

    /// <summary>Keeps tokens in a file in the Python library's format.</summary>
    /// <param name="path">The file; <see langword="null"/> uses <c>Spotantic:Auth:AccessTokenFilePath</c>.</param>
    /// <returns>This builder.</returns>
    public SpotanticBuilder UseFileTokenStore(string? path = null) =>
        UseTokenStore(sp => new FileSpotifyTokenStore(path ?? sp.GetSpotanticOptions(Name).Auth.AccessTokenFilePath));

    /// <summary>Uses a custom token store.</summary>
    /// <param name="factory">Creates the store.</param>
    /// <returns>This builder.</returns>
    public SpotanticBuilder UseTokenStore(Func<IServiceProvider, ISpotifyTokenStore> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        new AppServices(Services, Name).Replace(factory);
        return this;
    }

    /// <summary>
    /// Uses a coordinator that shares the app's token refreshes with other instances (one refresh per key at a time
    /// across all of them) and tells each of changes made elsewhere. Set together with a token store those instances
    /// share; <c>UseRedis()</c> sets both.
    /// </summary>
    /// <param name="factory">Creates the coordinator.</param>
    /// <returns>This builder.</returns>
    public SpotanticBuilder UseTokenCoordinator(Func<IServiceProvider, ISpotifyTokenCoordinator> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        new AppServices(Services, Name).Replace(factory);
        return this;
    }

    /// <summary>Uses a custom way to show the authorization page (e.g. a test driver or a GUI).</summary>
    /// <param name="factory">Creates the launcher.</param>
    /// <returns>This builder.</returns>
    public SpotanticBuilder UseBrowserLauncher(Func<IServiceProvider, ISpotifyBrowserLauncher> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        new AppServices(Services, Name).Replace(factory);
        return this;
    }

    /// <summary>Adjusts retries, timeouts, the scope check or the service addresses from code.</summary>
    /// <param name="configure">Changes the client options.</param>
    /// <returns>This builder.</returns>
    public SpotanticBuilder ConfigureClient(Action<SpotanticClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.PostConfigure<SpotanticOptions>(Name ?? Options.DefaultName, options => configure(options.Client));
        return this;
    }
}
