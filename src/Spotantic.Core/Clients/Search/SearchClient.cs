using System.Runtime.CompilerServices;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="ISearchClient"/> over the shared connection.</summary>
internal sealed class SearchClient(SpotifyApiConnection connection) : ISearchClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<SearchRequest, SearchResult>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.SearchResult, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SearchRequest, SearchResult>> SearchAsync(string query, IEnumerable<SearchType> types, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(types);
        SearchType[] typeList = [.. types];
        return SearchAsync(new SearchRequest(query, typeList) { Limit = limit, Offset = offset, Market = market }, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<Track> EnumerateSearchTracksAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        Enumerate(request, SearchType.Track, static result => result.Tracks, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Artist> EnumerateSearchArtistsAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        Enumerate(request, SearchType.Artist, static result => result.Artists, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedAlbum> EnumerateSearchAlbumsAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        Enumerate(request, SearchType.Album, static result => result.Albums, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedPlaylist> EnumerateSearchPlaylistsAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        SkipNulls(Enumerate(request, SearchType.Playlist, static result => result.Playlists, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedShow> EnumerateSearchShowsAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        Enumerate(request, SearchType.Show, static result => result.Shows, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedEpisode> EnumerateSearchEpisodesAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        Enumerate(request, SearchType.Episode, static result => result.Episodes, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedAudiobook> EnumerateSearchAudiobooksAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        Enumerate(request, SearchType.Audiobook, static result => result.Audiobooks, cancellationToken);

    /// <summary>Walks one type's pages. Only that type is requested, so every further page carries only the page walked.</summary>
    private IAsyncEnumerable<T> Enumerate<T>(SearchRequest request, SearchType type, Func<SearchResult, Page<T>?> selectPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SpotifyPaging.EnumerateAsync(
            connection,
            request with { Types = [type] },
            SpotifyJsonContext.Default.SearchResult,
            result => selectPage(result) is { } page ? (page.Items, NextWithinOffsetLimit(page)) : ([], null),
            cancellationToken);
    }

    /// <summary>
    /// The page's <c>next</c> link, or <see langword="null"/> when it would start past <see cref="SearchRequest.MaxOffset"/>:
    /// Spotify refuses such offsets with 400, so the walk ends where search results end.
    /// </summary>
    private static string? NextWithinOffsetLimit<T>(Page<T> page) =>
        (long)page.Offset + page.Limit > SearchRequest.MaxOffset ? null : page.Next;

    private static async IAsyncEnumerable<T> SkipNulls<T>(IAsyncEnumerable<T?> source, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (item is not null)
            {
                yield return item;
            }
        }
    }
}
