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
/// <remarks>Create one per app and keep it: it owns its connections. Dispose it when the app ends.</remarks>
public sealed class SpotifyClient : ISpotifyClient, IDisposable
{
    private readonly HttpClient _apiHttpClient;
    private readonly HttpClient _accountsHttpClient;
    private readonly SpotifyTokenManager _tokenManager;

    private SpotifyClient(SpotanticOptions options, ISpotifyTokenStore store, ISpotifyBrowserLauncher browser, ILoggerFactory loggerFactory, TimeProvider timeProvider, HttpMessageHandler? primaryHandler)
    {
        var ownsPrimary = primaryHandler is null;
        primaryHandler ??= new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        // Polly's total timeout governs token requests too; HttpClient's own timeout must not cut them shorter.
        _accountsHttpClient = new HttpClient(SpotifyHandlerChain.Link(SpotifyHandlerChain.CreateAccounts(options, timeProvider, loggerFactory), primaryHandler), disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        var accounts = new SpotifyAccountsClient(() => _accountsHttpClient, options, timeProvider, loggerFactory.CreateLogger<SpotifyAccountsClient>());
        _tokenManager = new SpotifyTokenManager(SpotifyTokenKeys.Default, accounts, store, options, timeProvider, loggerFactory.CreateLogger<SpotifyTokenManager>());

        var gate = new SpotifyRateLimitGate { ClientId = options.Auth.ClientId! };
        var handlers = SpotifyHandlerChain.Create(options, _tokenManager, gate, timeProvider, loggerFactory);
        // Polly's total timeout governs calls; HttpClient's own timeout must not cut them shorter.
        _apiHttpClient = new HttpClient(SpotifyHandlerChain.Link(handlers, primaryHandler), disposeHandler: ownsPrimary) { Timeout = Timeout.InfiniteTimeSpan };
        var connection = new SpotifyApiConnection(() => _apiHttpClient, options.Client.ApiBaseAddress, timeProvider);

        Albums = new AlbumsClient(connection);
        Artists = new ArtistsClient(connection);
        Audiobooks = new AudiobooksClient(connection);
        Categories = new CategoriesClient(connection);
        Chapters = new ChaptersClient(connection);
        Episodes = new EpisodesClient(connection);
        Genres = new GenresClient(connection);
        Library = new LibraryClient(connection);
        Markets = new MarketsClient(connection);
        Player = new PlayerClient(connection);
        Playlists = new PlaylistsClient(connection);
        Search = new SearchClient(connection);
        Shows = new ShowsClient(connection);
        Tracks = new TracksClient(connection);
        Users = new UsersClient(connection);
        Authorization = new SpotifyAuthorizationService(accounts, _tokenManager, browser, options, timeProvider, loggerFactory.CreateLogger<SpotifyAuthorizationService>());
    }

    /// <inheritdoc />
    public IAlbumsClient Albums { get; }

    /// <inheritdoc />
    public IArtistsClient Artists { get; }

    /// <inheritdoc />
    public IAudiobooksClient Audiobooks { get; }

    /// <inheritdoc />
    public ICategoriesClient Categories { get; }

    /// <inheritdoc />
    public IChaptersClient Chapters { get; }

    /// <inheritdoc />
    public IEpisodesClient Episodes { get; }

    /// <inheritdoc />
    public IGenresClient Genres { get; }

    /// <inheritdoc />
    public ILibraryClient Library { get; }

    /// <inheritdoc />
    public IMarketsClient Markets { get; }

    /// <inheritdoc />
    public IPlayerClient Player { get; }

    /// <inheritdoc />
    public IPlaylistsClient Playlists { get; }

    /// <inheritdoc />
    public ISearchClient Search { get; }

    /// <inheritdoc />
    public IShowsClient Shows { get; }

    /// <inheritdoc />
    public ITracksClient Tracks { get; }

    /// <inheritdoc />
    public IUsersClient Users { get; }

    /// <inheritdoc />
    public ISpotifyAuthorizationService Authorization { get; }

    /// <inheritdoc />
    public ISpotifyTokenManager Tokens => _tokenManager;

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
        _tokenManager.Dispose();
    }
}
