using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic;
using Spotantic.Auth;
using Spotantic.Clients;
using Spotantic.Configuration;
using Spotantic.Coordination;
using Spotantic.Extensions.DependencyInjection;
using Spotantic.Extensions.DependencyInjection.Configuration;
using Spotantic.Extensions.DependencyInjection.Logging;
using Spotantic.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Spotantic in a service collection.</summary>
/// <remarks>
/// Every app (a Spotify client ID) registered here has its own options, validation at start-up, token store, handler
/// chain and typed clients; the unnamed <c>AddSpotantic</c> registers them as ordinary services, a named one as keyed
/// services under its name (<c>[FromKeyedServices("name")] IAlbumsClient</c>). Apps with the same client ID share one
/// rate-limit gate, as Spotify counts calls per client ID.
/// </remarks>
public static class SpotanticServiceCollectionExtensions
{
    /// <summary>
    /// Registers Spotantic with options bound from the <c>Spotantic</c> section of <paramref name="configuration"/>
    /// (<c>Spotantic:Auth</c>, <c>Spotantic:Client</c>, <c>Spotantic:Logging</c>) and validated at start-up;
    /// unknown keys under <c>Spotantic</c> are errors.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The app's root configuration.</param>
    /// <returns>A builder for further setup.</returns>
    public static SpotanticBuilder AddSpotantic(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddBound(services, null, configuration.GetSection(SpotanticOptions.SectionName));
    }

    /// <summary>Registers Spotantic with options set from code, validated at start-up.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for further setup.</returns>
    public static SpotanticBuilder AddSpotantic(this IServiceCollection services, Action<SpotanticOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return AddConfigured(services, null, configure);
    }

    /// <summary>
    /// Registers a further Spotify app under <paramref name="name"/>, with options bound from
    /// <paramref name="section"/> (which holds <c>Auth</c> and <c>Client</c> like the <c>Spotantic</c> section; logging
    /// is the process's and set only in <c>Spotantic:Logging</c>) and validated at start-up. With
    /// <c>StoreAccessToken</c>, its default token file is <c>.token_info_cache.&lt;name&gt;</c>. Its services are keyed by the name:
    /// <c>[FromKeyedServices("partner")] IAlbumsClient</c>, <c>GetRequiredKeyedService&lt;ISpotifyClientFactory&gt;("partner")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The app's name, e.g. <c>partner</c>.</param>
    /// <param name="section">The app's configuration section, e.g. <c>configuration.GetSection("Partner")</c>.</param>
    /// <returns>A builder for further setup of that app.</returns>
    public static SpotanticBuilder AddSpotantic(this IServiceCollection services, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(section);
        return AddBound(services, name, section);
    }

    /// <summary>Registers a further Spotify app under <paramref name="name"/>, with options set from code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The app's name, e.g. <c>partner</c>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for further setup of that app.</returns>
    public static SpotanticBuilder AddSpotantic(this IServiceCollection services, string name, Action<SpotanticOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        return AddConfigured(services, name, configure);
    }

    private static SpotanticBuilder AddBound(IServiceCollection services, string? name, IConfiguration section)
    {
        var optionsName = name ?? Options.Options.DefaultName;
        services.AddOptions<SpotanticOptions>(optionsName).Bind(section);
        services.AddSingleton<IValidateOptions<SpotanticOptions>>(sp => new SpotanticConfigurationKeysValidator(optionsName, section, sp.GetServices<SpotanticConfigurationSection>()));
        var registration = AddApp(services, name);
        registration.ClientIdSources.Add(() => section[$"{nameof(SpotanticOptions.Auth)}:{nameof(SpotanticAuthOptions.ClientId)}"]);
        return registration.Builder;
    }

    private static SpotanticBuilder AddConfigured(IServiceCollection services, string? name, Action<SpotanticOptions> configure)
    {
        services.AddOptions<SpotanticOptions>(name ?? Options.Options.DefaultName).Configure(configure);
        var registration = AddApp(services, name);
        registration.ClientIdSources.Add(() =>
        {
            var alone = new SpotanticOptions { Auth = { ClientId = null } };
            try
            {
                configure(alone);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Run here on fresh options only to compare client IDs: a delegate that needs more than that (other
                // options it reads) is checked by the real options build, which reports its own failure.
                return null;
            }

            return alone.Auth.ClientId;
        });
        return registration.Builder;
    }

    private static SpotanticRegistration AddApp(IServiceCollection services, string? name)
    {
        // A second AddSpotantic for the same app only adds option sources: registering the handler chain twice would
        // run every call through it twice. Start-up validation then checks the two agree on the client ID.
        var existing = services
            .Select(d => d.ServiceType == typeof(SpotanticRegistration) ? d.ImplementationInstance as SpotanticRegistration : null)
            .FirstOrDefault(r => r is not null && string.Equals(r.Name, name, StringComparison.Ordinal));
        if (existing is not null)
        {
            return existing;
        }

        var optionsName = name ?? Options.Options.DefaultName;
        services.AddOptions<SpotanticOptions>(optionsName).ValidateOnStart();
        if (name is not null)
        {
            // Two apps storing tokens in one file would overwrite each other's.
            services.PostConfigure<SpotanticOptions>(optionsName, options =>
            {
                if (options.Auth.AccessTokenFilePath == SpotanticAuthOptions.DefaultAccessTokenFilePath)
                {
                    options.Auth.AccessTokenFilePath = SpotanticAuthOptions.DefaultAccessTokenFilePathFor(name);
                }
            });
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SpotanticOptions>, SpotanticOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SpotifyRateLimitGates(sp.GetService<ISpotifyRateLimitCoordinator>()));
        services.TryAddSingleton<ISpotifyTokenKeyAccessor>(DefaultSpotifyTokenKeyAccessor.Instance);
        services.AddLogging();
        SpotanticLogging.Register(services);

        var app = new AppServices(services, name);
        app.TryAdd<ISpotifyTokenStore>(sp =>
        {
            var auth = sp.GetSpotanticOptions(name).Auth;
            return auth.StoreAccessToken ? new FileSpotifyTokenStore(auth.AccessTokenFilePath) : new InMemorySpotifyTokenStore();
        });
        app.TryAdd<ISpotifyBrowserLauncher>(_ => new SystemBrowserLauncher());
        app.TryAdd<ISpotifyTokenCoordinator>(_ => LocalSpotifyTokenCoordinator.Instance);

        // IHttpClientFactory's default logging writes request headers at Trace, and even with RedactLoggedHeaders it
        // passes the raw values on as structured state: the Basic credentials carry the client secret, the bearer
        // header the access token. Spotantic logs its calls itself; an app can still add a logger to either builder.
        var accounts = services.AddHttpClient(SpotanticHttpClientNames.AccountsFor(name))
            .RemoveAllLoggers()
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
                InsertFirst(handlers, SpotifyHandlerChain.CreateAccounts(sp.GetSpotanticOptions(name), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>())));
        var api = services.AddHttpClient(SpotanticHttpClientNames.ApiFor(name))
            .RemoveAllLoggers()
            // Polly's total timeout governs calls; HttpClient's own timeout must not cut them shorter.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                var options = sp.GetSpotanticOptions(name);
                InsertFirst(handlers, SpotifyHandlerChain.Create(
                    options,
                    sp.GetAppService<ISpotifyTokenManagerProvider>(name),
                    sp.GetRequiredService<SpotifyRateLimitGates>().For(options.Auth.ClientId ?? string.Empty),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILoggerFactory>(),
                    name));
            });

        app.TryAdd(sp => new SpotifyAccountsClient(
            () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(SpotanticHttpClientNames.AccountsFor(name)),
            sp.GetSpotanticOptions(name),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SpotifyAccountsClient>>()));
        app.TryAdd(sp => new SpotifyTokenManagerProvider(
            sp.GetAppService<SpotifyAccountsClient>(name),
            sp.GetAppService<ISpotifyTokenStore>(name),
            sp.GetSpotanticOptions(name),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SpotifyTokenManager>>(),
            name,
            sp.GetAppService<ISpotifyTokenCoordinator>(name)));
        app.TryAdd<ISpotifyTokenManagerProvider>(sp => sp.GetAppService<SpotifyTokenManagerProvider>(name));
        app.TryAdd<ISpotifyTokenManager>(sp => new CurrentSpotifyTokenManager(sp.GetAppService<ISpotifyTokenManagerProvider>(name), sp.GetRequiredService<ISpotifyTokenKeyAccessor>()));
        app.TryAdd(sp =>
        {
            var accessor = sp.GetRequiredService<ISpotifyTokenKeyAccessor>();
            return new SpotifyAuthorizationService(
                sp.GetAppService<SpotifyAccountsClient>(name),
                sp.GetAppService<ISpotifyTokenManagerProvider>(name),
                () => accessor.TokenKey,
                sp.GetAppService<ISpotifyBrowserLauncher>(name),
                sp.GetSpotanticOptions(name),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<SpotifyAuthorizationService>>());
        });
        app.TryAdd<ISpotifyAuthorizationService>(sp => sp.GetAppService<SpotifyAuthorizationService>(name));

        // The injected clients act for the current key, read as each call starts: Default in a worker, the signed-in
        // user in a web request. They are singletons all the same, as the key is not their state.
        app.TryAdd(sp =>
        {
            var accessor = sp.GetRequiredService<ISpotifyTokenKeyAccessor>();
            return new SpotifyApiConnection(
                () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(SpotanticHttpClientNames.ApiFor(name)),
                sp.GetSpotanticOptions(name).Client.ApiBaseAddress,
                sp.GetRequiredService<TimeProvider>(),
                () => accessor.TokenKey);
        });
        app.TryAdd<ISpotifyClientFactory>(sp => new SpotifyClientFactory(
            sp.GetAppService<SpotifyApiConnection>(name),
            sp.GetAppService<SpotifyAuthorizationService>(name),
            sp.GetAppService<ISpotifyTokenManagerProvider>(name)));
        app.TryAdd<IAlbumsClient>(sp => new AlbumsClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<IArtistsClient>(sp => new ArtistsClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<IAudiobooksClient>(sp => new AudiobooksClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<ICategoriesClient>(sp => new CategoriesClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<IChaptersClient>(sp => new ChaptersClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<IEpisodesClient>(sp => new EpisodesClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<IGenresClient>(sp => new GenresClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<ILibraryClient>(sp => new LibraryClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<IMarketsClient>(sp => new MarketsClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<IPlayerClient>(sp => new PlayerClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<IPlaylistsClient>(sp => new PlaylistsClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<ISearchClient>(sp => new SearchClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<IShowsClient>(sp => new ShowsClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<ITracksClient>(sp => new TracksClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<IUsersClient>(sp => new UsersClient(sp.GetAppService<SpotifyApiConnection>(name)));
        app.TryAdd<ISpotifyClient>(sp => new SpotifyClientFacade(sp, name));

        var registration = new SpotanticRegistration(name, new SpotanticBuilder(services, name, api, accounts));
        services.AddSingleton(registration);
        services.AddSingleton<IValidateOptions<SpotanticOptions>>(new SpotanticRegistrationValidation(registration));
        return registration;
    }

    private static void InsertFirst(IList<DelegatingHandler> handlers, IReadOnlyList<DelegatingHandler> chain)
    {
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            handlers.Insert(0, chain[i]);
        }
    }
}
