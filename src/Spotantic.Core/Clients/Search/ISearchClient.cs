using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Search: search across the catalog.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// </remarks>
public interface ISearchClient
{
    /// <summary>Searches the catalog: one page of results per requested item type.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, with a page for each requested type and <see langword="null"/> for the others.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/search"/>.</remarks>
    Task<SpotifyResult<SearchRequest, SearchResult>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Searches the catalog: one page of results per requested item type.</summary>
    /// <param name="query">The search query, with optional field filters such as <c>artist:</c> or <c>year:</c>.</param>
    /// <param name="types">The item types to search.</param>
    /// <param name="limit">The page size per type, 1 to 10, or <see langword="null"/> for Spotify's default (5).</param>
    /// <param name="offset">The index of the first result of each type, 0 to 1000, or <see langword="null"/> for 0.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, with a page for each requested type and <see langword="null"/> for the others.</returns>
    Task<SpotifyResult<SearchRequest, SearchResult>> SearchAsync(string query, IEnumerable<SearchType> types, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Walks the matching tracks, following the <c>next</c> links of the tracks page.</summary>
    /// <param name="request">The first page's request; its types are narrowed to <see cref="SearchType.Track"/>, its <c>Limit</c> is the page size.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The tracks, up to Spotify's largest offset (1000).</returns>
    IAsyncEnumerable<Track> EnumerateSearchTracksAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Walks the matching artists, following the <c>next</c> links of the artists page.</summary>
    /// <param name="request">The first page's request; its types are narrowed to <see cref="SearchType.Artist"/>, its <c>Limit</c> is the page size.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The artists, up to Spotify's largest offset (1000).</returns>
    IAsyncEnumerable<Artist> EnumerateSearchArtistsAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Walks the matching albums, following the <c>next</c> links of the albums page.</summary>
    /// <param name="request">The first page's request; its types are narrowed to <see cref="SearchType.Album"/>, its <c>Limit</c> is the page size.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The albums, up to Spotify's largest offset (1000).</returns>
    IAsyncEnumerable<SimplifiedAlbum> EnumerateSearchAlbumsAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Walks the matching playlists, following the <c>next</c> links of the playlists page; the <c>null</c> entries Spotify may send are skipped.</summary>
    /// <param name="request">The first page's request; its types are narrowed to <see cref="SearchType.Playlist"/>, its <c>Limit</c> is the page size.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The playlists, up to Spotify's largest offset (1000).</returns>
    IAsyncEnumerable<SimplifiedPlaylist> EnumerateSearchPlaylistsAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Walks the matching shows, following the <c>next</c> links of the shows page.</summary>
    /// <param name="request">The first page's request; its types are narrowed to <see cref="SearchType.Show"/>, its <c>Limit</c> is the page size.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The shows, up to Spotify's largest offset (1000).</returns>
    IAsyncEnumerable<SimplifiedShow> EnumerateSearchShowsAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Walks the matching episodes, following the <c>next</c> links of the episodes page.</summary>
    /// <param name="request">The first page's request; its types are narrowed to <see cref="SearchType.Episode"/>, its <c>Limit</c> is the page size.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The episodes, up to Spotify's largest offset (1000).</returns>
    IAsyncEnumerable<SimplifiedEpisode> EnumerateSearchEpisodesAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Walks the matching audiobooks, following the <c>next</c> links of the audiobooks page.</summary>
    /// <param name="request">The first page's request; its types are narrowed to <see cref="SearchType.Audiobook"/>, its <c>Limit</c> is the page size.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The audiobooks, up to Spotify's largest offset (1000).</returns>
    IAsyncEnumerable<SimplifiedAudiobook> EnumerateSearchAudiobooksAsync(SearchRequest request, CancellationToken cancellationToken = default);
}
