using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>
/// The Spotify operations the Web API reference lists under Albums: albums, their tracks, the user's saved albums
/// and new releases.
/// </summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// </remarks>
public interface IAlbumsClient
{
    /// <summary>Gets one album.</summary>
    /// <param name="id">The album's Spotify ID.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The album.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-album"/>.</remarks>
    Task<SpotifyResult<GetAlbumRequest, Album>> GetAlbumAsync(string id, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one album.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The album.</returns>
    Task<SpotifyResult<GetAlbumRequest, Album>> GetAlbumAsync(GetAlbumRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets several albums; unknown IDs come back as <see langword="null"/> entries. Any number of IDs: they are
    /// sent in chunks of 20 and the albums come back merged in the order of the IDs.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The albums, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-albums"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralAlbumsRequest, SeveralAlbums>> GetSeveralAlbumsAsync(GetSeveralAlbumsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets several albums, in chunks of 20, merged in the order of <paramref name="ids"/>.</summary>
    /// <param name="ids">The albums' Spotify IDs.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The albums, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralAlbumsRequest, SeveralAlbums>> GetSeveralAlbumsAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of an album's tracks.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-albums-tracks"/>.</remarks>
    Task<SpotifyResult<GetAlbumTracksRequest, Page<SimplifiedTrack>>> GetAlbumTracksAsync(GetAlbumTracksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of an album's tracks.</summary>
    /// <param name="id">The album's Spotify ID.</param>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first track, or <see langword="null"/> for 0.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetAlbumTracksRequest, Page<SimplifiedTrack>>> GetAlbumTracksAsync(string id, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all of an album's tracks, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size).</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The tracks.</returns>
    IAsyncEnumerable<SimplifiedTrack> EnumerateAlbumTracksAsync(GetAlbumTracksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the albums in the user's library (needs <c>user-library-read</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-albums"/>.</remarks>
    Task<SpotifyResult<GetUserSavedAlbumsRequest, Page<SavedAlbum>>> GetUserSavedAlbumsAsync(GetUserSavedAlbumsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the albums in the user's library (needs <c>user-library-read</c>).</summary>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first album, or <see langword="null"/> for 0.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetUserSavedAlbumsRequest, Page<SavedAlbum>>> GetUserSavedAlbumsAsync(int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all the albums in the user's library, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size).</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The saved albums.</returns>
    IAsyncEnumerable<SavedAlbum> EnumerateUserSavedAlbumsAsync(GetUserSavedAlbumsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Saves albums to the user's library (needs <c>user-library-modify</c>). Any number of IDs: they are sent in chunks of 20; when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/save-albums-user"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<SaveAlbumsForUserRequest>> SaveAlbumsForUserAsync(SaveAlbumsForUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>Saves albums to the user's library (needs <c>user-library-modify</c>), for any number of IDs.</summary>
    /// <param name="ids">The albums' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<SaveAlbumsForUserRequest>> SaveAlbumsForUserAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Removes albums from the user's library (needs <c>user-library-modify</c>). Any number of IDs: they are sent in chunks of 20; when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-albums-user"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<RemoveUserSavedAlbumsRequest>> RemoveUserSavedAlbumsAsync(RemoveUserSavedAlbumsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes albums from the user's library (needs <c>user-library-modify</c>), for any number of IDs.</summary>
    /// <param name="ids">The albums' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<RemoveUserSavedAlbumsRequest>> RemoveUserSavedAlbumsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Checks whether albums are in the user's library (needs <c>user-library-read</c>). Any number of IDs, sent in chunks of 20; one flag per ID, in order.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag per ID, in order.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-users-saved-albums"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<CheckUserSavedAlbumsRequest, IReadOnlyList<bool>>> CheckUserSavedAlbumsAsync(CheckUserSavedAlbumsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Checks whether albums are in the user's library (needs <c>user-library-read</c>), for any number of IDs.</summary>
    /// <param name="ids">The albums' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, one flag per ID in order.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<CheckUserSavedAlbumsRequest, IReadOnlyList<bool>>> CheckUserSavedAlbumsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of new album releases.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, wrapped as Spotify sends it.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-new-releases"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    Task<SpotifyResult<GetNewReleasesRequest, NewReleases>> GetNewReleasesAsync(GetNewReleasesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Walks all new album releases, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size).</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The albums.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    IAsyncEnumerable<SimplifiedAlbum> EnumerateNewReleasesAsync(GetNewReleasesRequest? request = null, CancellationToken cancellationToken = default);
}
