using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Shows: podcast shows, their episodes and the user's saved shows.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// </remarks>
public interface IShowsClient
{
    /// <summary>Gets one show.</summary>
    /// <param name="id">The show's Spotify ID.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The show.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-show"/>.</remarks>
    Task<SpotifyResult<GetShowRequest, Show>> GetShowAsync(string id, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one show.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The show.</returns>
    Task<SpotifyResult<GetShowRequest, Show>> GetShowAsync(GetShowRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets several shows; unknown IDs come back as <see langword="null"/> entries. Any number of IDs: they are
    /// sent in chunks of 50 and the shows come back merged in the order of the IDs.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The shows, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-shows"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralShowsRequest, SeveralShows>> GetSeveralShowsAsync(GetSeveralShowsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets several shows, in chunks of 50, merged in the order of <paramref name="ids"/>.</summary>
    /// <param name="ids">The shows' Spotify IDs.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The shows, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralShowsRequest, SeveralShows>> GetSeveralShowsAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a show's episodes.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-shows-episodes"/>.</remarks>
    Task<SpotifyResult<GetShowEpisodesRequest, Page<SimplifiedEpisode>>> GetShowEpisodesAsync(GetShowEpisodesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a show's episodes.</summary>
    /// <param name="id">The show's Spotify ID.</param>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first episode, or <see langword="null"/> for 0.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetShowEpisodesRequest, Page<SimplifiedEpisode>>> GetShowEpisodesAsync(string id, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all of a show's episodes, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size).</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The episodes.</returns>
    IAsyncEnumerable<SimplifiedEpisode> EnumerateShowEpisodesAsync(GetShowEpisodesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the shows in the user's library (needs <c>user-library-read</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-shows"/>.</remarks>
    Task<SpotifyResult<GetUserSavedShowsRequest, Page<SavedShow>>> GetUserSavedShowsAsync(GetUserSavedShowsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the shows in the user's library (needs <c>user-library-read</c>).</summary>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first item, or <see langword="null"/> for 0.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetUserSavedShowsRequest, Page<SavedShow>>> GetUserSavedShowsAsync(int? limit = null, int? offset = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all the shows in the user's library, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size), or <see langword="null"/> for pages of 50.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The saved shows.</returns>
    IAsyncEnumerable<SavedShow> EnumerateUserSavedShowsAsync(GetUserSavedShowsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Saves shows to the user's library (needs <c>user-library-modify</c>). Any number of IDs: they are sent in chunks of 50; when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/save-shows-user"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<SaveShowsForUserRequest>> SaveShowsForUserAsync(SaveShowsForUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>Saves shows to the user's library (needs <c>user-library-modify</c>), for any number of IDs.</summary>
    /// <param name="ids">The shows' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<SaveShowsForUserRequest>> SaveShowsForUserAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Removes shows from the user's library (needs <c>user-library-modify</c>). Any number of IDs: they are sent in chunks of 50; when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-shows-user"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<RemoveUserSavedShowsRequest>> RemoveUserSavedShowsAsync(RemoveUserSavedShowsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes shows from the user's library (needs <c>user-library-modify</c>), for any number of IDs.</summary>
    /// <param name="ids">The shows' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<RemoveUserSavedShowsRequest>> RemoveUserSavedShowsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Checks whether shows are in the user's library (needs <c>user-library-read</c>). Any number of IDs, sent in chunks of 50; one flag per ID, in order.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag per ID, in order.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-users-saved-shows"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<CheckUserSavedShowsRequest, IReadOnlyList<bool>>> CheckUserSavedShowsAsync(CheckUserSavedShowsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Checks whether shows are in the user's library (needs <c>user-library-read</c>), for any number of IDs.</summary>
    /// <param name="ids">The shows' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, one flag per ID in order.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<CheckUserSavedShowsRequest, IReadOnlyList<bool>>> CheckUserSavedShowsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);
}
