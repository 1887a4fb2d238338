using Microsoft.Extensions.DependencyInjection;
using Spotantic.Auth;
using Spotantic.Clients;

namespace Spotantic.Extensions.DependencyInjection;

/// <summary>The <see cref="ISpotifyClient"/> facade over the typed clients registered in the container.</summary>
/// <remarks>Resolves each client once, so the facade and direct injection share the same singletons.</remarks>
internal sealed class SpotifyClientFacade(IServiceProvider services) : ISpotifyClient
{
    /// <inheritdoc />
    public IAlbumsClient Albums { get; } = services.GetRequiredService<IAlbumsClient>();

    /// <inheritdoc />
    public IArtistsClient Artists { get; } = services.GetRequiredService<IArtistsClient>();

    /// <inheritdoc />
    public IAudiobooksClient Audiobooks { get; } = services.GetRequiredService<IAudiobooksClient>();

    /// <inheritdoc />
    public ICategoriesClient Categories { get; } = services.GetRequiredService<ICategoriesClient>();

    /// <inheritdoc />
    public IChaptersClient Chapters { get; } = services.GetRequiredService<IChaptersClient>();

    /// <inheritdoc />
    public IEpisodesClient Episodes { get; } = services.GetRequiredService<IEpisodesClient>();

    /// <inheritdoc />
    public IGenresClient Genres { get; } = services.GetRequiredService<IGenresClient>();

    /// <inheritdoc />
    public ILibraryClient Library { get; } = services.GetRequiredService<ILibraryClient>();

    /// <inheritdoc />
    public IMarketsClient Markets { get; } = services.GetRequiredService<IMarketsClient>();

    /// <inheritdoc />
    public IPlayerClient Player { get; } = services.GetRequiredService<IPlayerClient>();

    /// <inheritdoc />
    public IPlaylistsClient Playlists { get; } = services.GetRequiredService<IPlaylistsClient>();

    /// <inheritdoc />
    public ISearchClient Search { get; } = services.GetRequiredService<ISearchClient>();

    /// <inheritdoc />
    public IShowsClient Shows { get; } = services.GetRequiredService<IShowsClient>();

    /// <inheritdoc />
    public ITracksClient Tracks { get; } = services.GetRequiredService<ITracksClient>();

    /// <inheritdoc />
    public IUsersClient Users { get; } = services.GetRequiredService<IUsersClient>();

    /// <inheritdoc />
    public ISpotifyAuthorizationService Authorization { get; } = services.GetRequiredService<ISpotifyAuthorizationService>();

    /// <inheritdoc />
    public ISpotifyTokenManager Tokens { get; } = services.GetRequiredService<ISpotifyTokenManager>();
}
