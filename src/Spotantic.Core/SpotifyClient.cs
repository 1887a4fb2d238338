using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Clients;
using Spotantic.Configuration;
using Spotantic.Http;

namespace Spotantic;

/// <summary>
/// A Spotify client built by hand, without a dependency-injection container (the seed's
/// <c>SpotanticClient(auth_manager, ...)</c>). Apps with a host should call <c>services.AddSpotantic(...)</c>
/// instead, which builds the same handler chain through IHttpClientFactory.
/// </summary>
/// <remarks>
/// Create one per app and keep it: it owns its connections. Dispose it when the app ends. Its own typed clients act
/// for <see cref="SpotifyTokenKeys.Default"/>; <see cref="ForUser"/> acts for any other key over the same connections.
/// </remarks>
public sealed class SpotifyClient : ISpotifyClient, ISpotifyClientFactory, IDisposable
{
    private readonly HttpClient _apiHttpClient;
    private readonly HttpClient _accountsHttpClient;
    private readonly SpotifyTokenManagerProvider _tokenManagers;
    private readonly SpotifyClientFactory _factory;
    private readonly ISpotifyClient _default;

    private SpotifyClient(SpotanticOptions options, ISpotifyTokenStore store, ISpotifyBrowserLauncher browser, ILoggerFactory loggerFactory, TimeProvider timeProvider, HttpMessageHandler? primaryHandler)
    {
        var ownsPrimary = primaryHandler is null;
        primaryHandler ??= new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        // Polly's total timeout governs token requests too; HttpClient's own timeout must not cut them shorter.
        _accountsHttpClient = new HttpClient(SpotifyHandlerChain.Link(SpotifyHandlerChain.CreateAccounts(options, timeProvider, loggerFactory), primaryHandler), disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        var accounts = new SpotifyAccountsClient(() => _accountsHttpClient, options, timeProvider, loggerFactory.CreateLogger<SpotifyAccountsClient>());
        _tokenManagers = new SpotifyTokenManagerProvider(accounts, store, options, timeProvider, loggerFactory.CreateLogger<SpotifyTokenManager>());

        var gate = new SpotifyRateLimitGate { ClientId = options.Auth.ClientId! };
        var handlers = SpotifyHandlerChain.Create(options, _tokenManagers, gate, timeProvider, loggerFactory);
        // Polly's total timeout governs calls; HttpClient's own timeout must not cut them shorter.
        _apiHttpClient = new HttpClient(SpotifyHandlerChain.Link(handlers, primaryHandler), disposeHandler: ownsPrimary) { Timeout = Timeout.InfiniteTimeSpan };
        var connection = new SpotifyApiConnection(() => _apiHttpClient, options.Client.ApiBaseAddress, timeProvider, static () => SpotifyTokenKeys.Default);
        var authorization = new SpotifyAuthorizationService(accounts, _tokenManagers, static () => SpotifyTokenKeys.Default, browser, options, timeProvider, loggerFactory.CreateLogger<SpotifyAuthorizationService>());
        _factory = new SpotifyClientFactory(connection, authorization, _tokenManagers);
        _default = _factory.ForUser(SpotifyTokenKeys.Default);
    }

    /// <inheritdoc />
    public IAlbumsClient Albums => _default.Albums;

    /// <inheritdoc />
    public IArtistsClient Artists => _default.Artists;

    /// <inheritdoc />
    public IAudiobooksClient Audiobooks => _default.Audiobooks;

    /// <inheritdoc />
    public ICategoriesClient Categories => _default.Categories;

    /// <inheritdoc />
    public IChaptersClient Chapters => _default.Chapters;

    /// <inheritdoc />
    public IEpisodesClient Episodes => _default.Episodes;

    /// <inheritdoc />
    public IGenresClient Genres => _default.Genres;

    /// <inheritdoc />
    public ILibraryClient Library => _default.Library;

    /// <inheritdoc />
    public IMarketsClient Markets => _default.Markets;

    /// <inheritdoc />
    public IPlayerClient Player => _default.Player;

    /// <inheritdoc />
    public IPlaylistsClient Playlists => _default.Playlists;

    /// <inheritdoc />
    public ISearchClient Search => _default.Search;

    /// <inheritdoc />
    public IShowsClient Shows => _default.Shows;

    /// <inheritdoc />
    public ITracksClient Tracks => _default.Tracks;

    /// <inheritdoc />
    public IUsersClient Users => _default.Users;

    /// <inheritdoc />
    public ISpotifyAuthorizationService Authorization => _default.Authorization;

    /// <inheritdoc />
    public ISpotifyTokenManager Tokens => _default.Tokens;

    /// <summary>The token managers of every key (e.g. to hand in a token an app already holds for a user).</summary>
    public ISpotifyTokenManagerProvider TokenManagers => _tokenManagers;

    /// <inheritdoc />
    public ISpotifyClient ForUser(string tokenKey) => _factory.ForUser(tokenKey);

    /// <summary>Validates <paramref name="options"/> and builds a client.</summary>
    /// <param name="options">The settings, as the <c>Spotantic</c> configuration section would give them.</param>
    /// <param name="tokenStore">Where tokens are kept; defaults to the token cache file when <c>StoreAccessToken</c> is on, otherwise memory.</param>
    /// <param name="browserLauncher">Opens the authorization page; defaults to the system browser.</param>
    /// <param name="loggerFactory">Where Spotantic logs; defaults to nowhere.</param>
    /// <param name="timeProvider">The clock; defaults to the system clock.</param>
    /// <param name="primaryHandler">The innermost HTTP handler; defaults to a pooled <see cref="SocketsHttpHandler"/>. When given, the caller disposes it.</param>
    /// <returns>The client.</returns>
    /// <exception cref="OptionsValidationException">The options are invalid; the message names each key.</exception>
    public static SpotifyClient Create(
        SpotanticOptions options,
        ISpotifyTokenStore? tokenStore = null,
        ISpotifyBrowserLauncher? browserLauncher = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null,
        HttpMessageHandler? primaryHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = SpotanticOptionsValidator.Validate(options);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(SpotanticOptions.SectionName, typeof(SpotanticOptions), errors);
        }

        tokenStore ??= options.Auth.StoreAccessToken ? new FileSpotifyTokenStore(options.Auth.AccessTokenFilePath) : new InMemorySpotifyTokenStore();
        return new SpotifyClient(options, tokenStore, browserLauncher ?? new SystemBrowserLauncher(), loggerFactory ?? NullLoggerFactory.Instance, timeProvider ?? TimeProvider.System, primaryHandler);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _apiHttpClient.Dispose();
        _accountsHttpClient.Dispose();
        _tokenManagers.Dispose();
    }
}
