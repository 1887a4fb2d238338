using Spotantic.Auth;
using Spotantic.Clients;
using Spotantic.Http;

namespace Spotantic;

/// <summary>Every typed client over one connection, with the authorization service and token manager of its key.</summary>
internal sealed class SpotifyClientSet(SpotifyApiConnection connection, ISpotifyAuthorizationService authorization, ISpotifyTokenManager tokens) : ISpotifyClient
{
    /// <inheritdoc />
    public IAlbumsClient Albums { get; } = new AlbumsClient(connection);

    /// <inheritdoc />
    public IArtistsClient Artists { get; } = new ArtistsClient(connection);

    /// <inheritdoc />
    public IAudiobooksClient Audiobooks { get; } = new AudiobooksClient(connection);

    /// <inheritdoc />
    public ICategoriesClient Categories { get; } = new CategoriesClient(connection);

    /// <inheritdoc />
    public IChaptersClient Chapters { get; } = new ChaptersClient(connection);

    /// <inheritdoc />
    public IEpisodesClient Episodes { get; } = new EpisodesClient(connection);

    /// <inheritdoc />
    public IGenresClient Genres { get; } = new GenresClient(connection);

    /// <inheritdoc />
    public ILibraryClient Library { get; } = new LibraryClient(connection);

    /// <inheritdoc />
    public IMarketsClient Markets { get; } = new MarketsClient(connection);

    /// <inheritdoc />
    public IPlayerClient Player { get; } = new PlayerClient(connection);

    /// <inheritdoc />
    public IPlaylistsClient Playlists { get; } = new PlaylistsClient(connection);

    /// <inheritdoc />
    public ISearchClient Search { get; } = new SearchClient(connection);

    /// <inheritdoc />
    public IShowsClient Shows { get; } = new ShowsClient(connection);

    /// <inheritdoc />
    public ITracksClient Tracks { get; } = new TracksClient(connection);

    /// <inheritdoc />
    public IUsersClient Users { get; } = new UsersClient(connection);

    /// <inheritdoc />
    public ISpotifyAuthorizationService Authorization { get; } = authorization;

    /// <inheritdoc />
    public ISpotifyTokenManager Tokens { get; } = tokens;
}
