using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Audiobooks: audiobooks, their chapters and the user's saved audiobooks.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// </remarks>
public interface IAudiobooksClient
{
    /// <summary>Gets one audiobook.</summary>
    /// <param name="id">The audiobook's Spotify ID.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The audiobook.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-audiobook"/>.</remarks>
    Task<SpotifyResult<GetAudiobookRequest, Audiobook>> GetAudiobookAsync(string id, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one audiobook.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The audiobook.</returns>
    Task<SpotifyResult<GetAudiobookRequest, Audiobook>> GetAudiobookAsync(GetAudiobookRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets several audiobooks; unknown IDs come back as <see langword="null"/> entries. Any number of IDs: they are
    /// sent in chunks of 50 and the audiobooks come back merged in the order of the IDs.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The audiobooks, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-audiobooks"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralAudiobooksRequest, SeveralAudiobooks>> GetSeveralAudiobooksAsync(GetSeveralAudiobooksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets several audiobooks, in chunks of 50, merged in the order of <paramref name="ids"/>.</summary>
    /// <param name="ids">The audiobooks' Spotify IDs.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The audiobooks, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralAudiobooksRequest, SeveralAudiobooks>> GetSeveralAudiobooksAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of an audiobook's chapters.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-audiobook-chapters"/>.</remarks>
    Task<SpotifyResult<GetAudiobookChaptersRequest, Page<SimplifiedChapter>>> GetAudiobookChaptersAsync(GetAudiobookChaptersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of an audiobook's chapters.</summary>
    /// <param name="id">The audiobook's Spotify ID.</param>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first chapter, or <see langword="null"/> for 0.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetAudiobookChaptersRequest, Page<SimplifiedChapter>>> GetAudiobookChaptersAsync(string id, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all of an audiobook's chapters, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size).</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The chapters.</returns>
    IAsyncEnumerable<SimplifiedChapter> EnumerateAudiobookChaptersAsync(GetAudiobookChaptersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the audiobooks in the user's library (needs <c>user-library-read</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-audiobooks"/>.</remarks>
    Task<SpotifyResult<GetUserSavedAudiobooksRequest, Page<SavedAudiobook>>> GetUserSavedAudiobooksAsync(GetUserSavedAudiobooksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the audiobooks in the user's library (needs <c>user-library-read</c>).</summary>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first item, or <see langword="null"/> for 0.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetUserSavedAudiobooksRequest, Page<SavedAudiobook>>> GetUserSavedAudiobooksAsync(int? limit = null, int? offset = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all the audiobooks in the user's library, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size), or <see langword="null"/> for pages of 50.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The saved audiobooks.</returns>
    IAsyncEnumerable<SavedAudiobook> EnumerateUserSavedAudiobooksAsync(GetUserSavedAudiobooksRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Saves audiobooks to the user's library (needs <c>user-library-modify</c>). Any number of IDs: they are sent in chunks of 50; when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/save-audiobooks-user"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<SaveAudiobooksForUserRequest>> SaveAudiobooksForUserAsync(SaveAudiobooksForUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>Saves audiobooks to the user's library (needs <c>user-library-modify</c>), for any number of IDs.</summary>
    /// <param name="ids">The audiobooks' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<SaveAudiobooksForUserRequest>> SaveAudiobooksForUserAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Removes audiobooks from the user's library (needs <c>user-library-modify</c>). Any number of IDs: they are sent in chunks of 50; when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-audiobooks-user"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<RemoveUserSavedAudiobooksRequest>> RemoveUserSavedAudiobooksAsync(RemoveUserSavedAudiobooksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes audiobooks from the user's library (needs <c>user-library-modify</c>), for any number of IDs.</summary>
    /// <param name="ids">The audiobooks' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<RemoveUserSavedAudiobooksRequest>> RemoveUserSavedAudiobooksAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Checks whether audiobooks are in the user's library (needs <c>user-library-read</c>). Any number of IDs, sent in chunks of 50; one flag per ID, in order.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag per ID, in order.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-users-saved-audiobooks"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<CheckUserSavedAudiobooksRequest, IReadOnlyList<bool>>> CheckUserSavedAudiobooksAsync(CheckUserSavedAudiobooksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Checks whether audiobooks are in the user's library (needs <c>user-library-read</c>), for any number of IDs.</summary>
    /// <param name="ids">The audiobooks' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, one flag per ID in order.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<CheckUserSavedAudiobooksRequest, IReadOnlyList<bool>>> CheckUserSavedAudiobooksAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);
}
