using Spotantic.Auth;
using Spotantic.Clients;

namespace Spotantic;

/// <summary>
/// One entry point to every typed Spotify client, plus the authorization service and the token manager.
/// </summary>
public interface ISpotifyClient
{
    /// <summary>Albums, their tracks, the user's saved albums and new releases.</summary>
    IAlbumsClient Albums { get; }

    /// <summary>Artists, their albums, top tracks and related artists.</summary>
    IArtistsClient Artists { get; }

    /// <summary>Audiobooks, their chapters and the user's saved audiobooks.</summary>
    IAudiobooksClient Audiobooks { get; }

    /// <summary>Browse categories.</summary>
    ICategoriesClient Categories { get; }

    /// <summary>Audiobook chapters.</summary>
    IChaptersClient Chapters { get; }

    /// <summary>Podcast episodes and the user's saved episodes.</summary>
    IEpisodesClient Episodes { get; }

    /// <summary>The genres recommendations can be seeded with.</summary>
    IGenresClient Genres { get; }

    /// <summary>The user's library across item types (<c>/me/library</c>).</summary>
    ILibraryClient Library { get; }

    /// <summary>The markets Spotify is available in.</summary>
    IMarketsClient Markets { get; }

    /// <summary>The user's playback: state, devices, queue, recently played and the playback commands.</summary>
    IPlayerClient Player { get; }

    /// <summary>Playlists, their items and cover images, and the user's playlists.</summary>
    IPlaylistsClient Playlists { get; }

    /// <summary>Search across the catalog.</summary>
    ISearchClient Search { get; }

    /// <summary>Podcast shows, their episodes and the user's saved shows.</summary>
    IShowsClient Shows { get; }

    /// <summary>Tracks, the user's saved tracks, audio features and analysis, and recommendations.</summary>
    ITracksClient Tracks { get; }

    /// <summary>User profiles, top items and follows.</summary>
    IUsersClient Users { get; }

    /// <summary>Signs a user in (interactive login, or the authorize URL and code exchange for web apps).</summary>
    ISpotifyAuthorizationService Authorization { get; }

    /// <summary>The token manager of the configured user (or app, for client credentials).</summary>
    ISpotifyTokenManager Tokens { get; }
}
