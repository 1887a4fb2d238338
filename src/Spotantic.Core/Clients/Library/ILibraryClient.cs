using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Library: the user's library across item types (<c>/me/library</c>).</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// <para>
/// The URIs may mix tracks, albums, episodes, shows, audiobooks, artists, users and playlists. The scopes a call needs
/// follow from the URI types (see <see cref="SaveLibraryItemsRequest"/> and <see cref="CheckLibraryContainsRequest"/>);
/// a token that lacks one is refused with <see cref="Exceptions.SpotifyInsufficientScopeException"/> before anything is
/// sent (inside a <see cref="Exceptions.SpotifyBatchException"/> with nothing applied when the list needs several calls).
/// </para>
/// </remarks>
public interface ILibraryClient
{
    /// <summary>
    /// Saves items to the user's library and follows the artists, users and playlists among them. Any number of URIs:
    /// they are sent in chunks of 40; when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/>
    /// says which were applied.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/save-library-items"/>.</remarks>
    Task<SpotifyResult<SaveLibraryItemsRequest>> SaveLibraryItemsAsync(SaveLibraryItemsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Saves items to the user's library and follows the artists, users and playlists among them, for any number of URIs.</summary>
    /// <param name="uris">The Spotify URIs, e.g. <c>spotify:track:6rqhFgbbKwnb9MLmUQDhG6</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<SaveLibraryItemsRequest>> SaveLibraryItemsAsync(IEnumerable<string> uris, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes items from the user's library and unfollows the artists, users and playlists among them. Any number of
    /// URIs: they are sent in chunks of 40; when a chunk fails after others succeeded,
    /// <see cref="Exceptions.SpotifyBatchException"/> says which were applied.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-library-items"/>.</remarks>
    Task<SpotifyResult<RemoveLibraryItemsRequest>> RemoveLibraryItemsAsync(RemoveLibraryItemsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes items from the user's library and unfollows the artists, users and playlists among them, for any number of URIs.</summary>
    /// <param name="uris">The Spotify URIs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<RemoveLibraryItemsRequest>> RemoveLibraryItemsAsync(IEnumerable<string> uris, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks whether items are in the user's library (or followed). Any number of URIs, sent in chunks of 40; one flag
    /// per URI, in input order.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag per URI, in order.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-library-contains"/>.</remarks>
    Task<SpotifyResult<CheckLibraryContainsRequest, IReadOnlyList<bool>>> CheckLibraryContainsAsync(CheckLibraryContainsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Checks whether items are in the user's library (or followed), for any number of URIs.</summary>
    /// <param name="uris">The Spotify URIs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag per URI, in order.</returns>
    Task<SpotifyResult<CheckLibraryContainsRequest, IReadOnlyList<bool>>> CheckLibraryContainsAsync(IEnumerable<string> uris, CancellationToken cancellationToken = default);
}
