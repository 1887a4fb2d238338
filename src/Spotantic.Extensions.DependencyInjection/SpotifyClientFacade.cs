using Spotantic.Auth;
using Spotantic.Clients;

namespace Spotantic.Extensions.DependencyInjection;

/// <summary>The <see cref="ISpotifyClient"/> facade over the typed clients registered in the container.</summary>
/// <remarks>
/// Resolves each client once, so the facade and direct injection share the same singletons; like them, it acts for
/// the current token key. <c>name</c> is the app's service key (<see langword="null"/> for the unnamed app).
/// </remarks>
internal sealed class SpotifyClientFacade(IServiceProvider services, string? name) : ISpotifyClient
{
    /// <inheritdoc />
    public IAlbumsClient Albums { get; } = services.GetAppService<IAlbumsClient>(name);

    /// <inheritdoc />
    public IArtistsClient Artists { get; } = services.GetAppService<IArtistsClient>(name);

    /// <inheritdoc />
    public IAudiobooksClient Audiobooks { get; } = services.GetAppService<IAudiobooksClient>(name);

    /// <inheritdoc />
    public ICategoriesClient Categories { get; } = services.GetAppService<ICategoriesClient>(name);

    /// <inheritdoc />
    public IChaptersClient Chapters { get; } = services.GetAppService<IChaptersClient>(name);

    /// <inheritdoc />
    public IEpisodesClient Episodes { get; } = services.GetAppService<IEpisodesClient>(name);

    /// <inheritdoc />
    public IGenresClient Genres { get; } = services.GetAppService<IGenresClient>(name);

    /// <inheritdoc />
    public ILibraryClient Library { get; } = services.GetAppService<ILibraryClient>(name);

    /// <inheritdoc />
    public IMarketsClient Markets { get; } = services.GetAppService<IMarketsClient>(name);

    /// <inheritdoc />
    public IPlayerClient Player { get; } = services.GetAppService<IPlayerClient>(name);

    /// <inheritdoc />
    public IPlaylistsClient Playlists { get; } = services.GetAppService<IPlaylistsClient>(name);

    /// <inheritdoc />
    public ISearchClient Search { get; } = services.GetAppService<ISearchClient>(name);

    /// <inheritdoc />
    public IShowsClient Shows { get; } = services.GetAppService<IShowsClient>(name);

    /// <inheritdoc />
    public ITracksClient Tracks { get; } = services.GetAppService<ITracksClient>(name);

    /// <inheritdoc />
    public IUsersClient Users { get; } = services.GetAppService<IUsersClient>(name);

    /// <inheritdoc />
    public ISpotifyAuthorizationService Authorization { get; } = services.GetAppService<ISpotifyAuthorizationService>(name);

    /// <inheritdoc />
    public ISpotifyTokenManager Tokens { get; } = services.GetAppService<ISpotifyTokenManager>(name);
}
