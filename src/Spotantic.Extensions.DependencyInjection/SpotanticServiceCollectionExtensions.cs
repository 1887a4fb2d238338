using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic;
using Spotantic.Auth;
using Spotantic.Clients;
using Spotantic.Configuration;
using Spotantic.Extensions.DependencyInjection;
using Spotantic.Extensions.DependencyInjection.Configuration;
using Spotantic.Extensions.DependencyInjection.Logging;
using Spotantic.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Spotantic in a service collection.</summary>
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
        var section = configuration.GetSection(SpotanticOptions.SectionName);
        services.AddOptions<SpotanticOptions>().Bind(section);
        services.AddSingleton<IValidateOptions<SpotanticOptions>>(new SpotanticConfigurationKeysValidator(section));
        return AddSpotanticCore(services);
    }

    /// <summary>Registers Spotantic with options set from code, validated at start-up.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for further setup.</returns>
    public static SpotanticBuilder AddSpotantic(this IServiceCollection services, Action<SpotanticOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SpotanticOptions>().Configure(configure);
        return AddSpotanticCore(services);
    }

    private static SpotanticBuilder AddSpotanticCore(IServiceCollection services)
    {
        // A second AddSpotantic only adds option sources: registering the handler chain twice would run every
        // call through it twice.
        if (services.FirstOrDefault(d => d.ServiceType == typeof(SpotanticRegistration))?.ImplementationInstance is SpotanticRegistration existing)
        {
            return existing.Builder;
        }

        services.AddOptions<SpotanticOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SpotanticOptions>, SpotanticOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        SpotanticLogging.Register(services);

        services.TryAddSingleton<ISpotifyTokenStore>(sp =>
        {
            var auth = sp.GetSpotanticOptions().Auth;
            return auth.StoreAccessToken ? new FileSpotifyTokenStore(auth.AccessTokenFilePath) : new InMemorySpotifyTokenStore();
        });
        services.TryAddSingleton<ISpotifyBrowserLauncher>(_ => new SystemBrowserLauncher());

        // IHttpClientFactory's default logging writes request headers at Trace, and even with RedactLoggedHeaders it
        // passes the raw values on as structured state: the Basic credentials carry the client secret, the bearer
        // header the access token. Spotantic logs its calls itself; an app can still add a logger to either builder.
        var accounts = services.AddHttpClient(SpotanticHttpClientNames.Accounts)
            .RemoveAllLoggers()
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                var chain = SpotifyHandlerChain.CreateAccounts(sp.GetSpotanticOptions(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>());
                for (var i = chain.Count - 1; i >= 0; i--)
                {
                    handlers.Insert(0, chain[i]);
                }
            });
        var api = services.AddHttpClient(SpotanticHttpClientNames.Api)
            .RemoveAllLoggers()
            // Polly's total timeout governs calls; HttpClient's own timeout must not cut them shorter.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                var chain = SpotifyHandlerChain.Create(
                    sp.GetSpotanticOptions(),
                    sp.GetRequiredService<ISpotifyTokenManager>(),
                    sp.GetRequiredService<SpotifyRateLimitGate>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILoggerFactory>());
                for (var i = chain.Count - 1; i >= 0; i--)
                {
                    handlers.Insert(0, chain[i]);
                }
            });

        services.TryAddSingleton(sp => new SpotifyAccountsClient(
            () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(SpotanticHttpClientNames.Accounts),
            sp.GetSpotanticOptions(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SpotifyAccountsClient>>()));
        services.TryAddSingleton<ISpotifyTokenManager>(sp => new SpotifyTokenManager(
            SpotifyTokenKeys.Default,
            sp.GetRequiredService<SpotifyAccountsClient>(),
            sp.GetRequiredService<ISpotifyTokenStore>(),
            sp.GetSpotanticOptions(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SpotifyTokenManager>>()));
        services.TryAddSingleton(sp => new SpotifyRateLimitGate { ClientId = sp.GetSpotanticOptions().Auth.ClientId ?? string.Empty });
        services.TryAddSingleton<ISpotifyAuthorizationService>(sp => new SpotifyAuthorizationService(
            sp.GetRequiredService<SpotifyAccountsClient>(),
            sp.GetRequiredService<ISpotifyTokenManager>(),
            sp.GetRequiredService<ISpotifyBrowserLauncher>(),
            sp.GetSpotanticOptions(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SpotifyAuthorizationService>>()));

        services.TryAddSingleton(sp => new SpotifyApiConnection(
            () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(SpotanticHttpClientNames.Api),
            sp.GetSpotanticOptions().Client.ApiBaseAddress,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IAlbumsClient>(sp => new AlbumsClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<IArtistsClient>(sp => new ArtistsClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<IAudiobooksClient>(sp => new AudiobooksClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<ICategoriesClient>(sp => new CategoriesClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<IChaptersClient>(sp => new ChaptersClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<IEpisodesClient>(sp => new EpisodesClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<IGenresClient>(sp => new GenresClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<ILibraryClient>(sp => new LibraryClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<IMarketsClient>(sp => new MarketsClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<IPlayerClient>(sp => new PlayerClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<IPlaylistsClient>(sp => new PlaylistsClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<ISearchClient>(sp => new SearchClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<IShowsClient>(sp => new ShowsClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<ITracksClient>(sp => new TracksClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<IUsersClient>(sp => new UsersClient(sp.GetRequiredService<SpotifyApiConnection>()));
        services.TryAddSingleton<ISpotifyClient>(sp => new SpotifyClientFacade(sp));

        var builder = new SpotanticBuilder(services, api, accounts);
        services.AddSingleton(new SpotanticRegistration(builder));
        return builder;
    }
}
