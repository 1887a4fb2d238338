using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Episodes: podcast episodes and the user's saved episodes.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// </remarks>
public interface IEpisodesClient
{
    /// <summary>Gets one episode.</summary>
    /// <param name="id">The episode's Spotify ID.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The episode.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-episode"/>.</remarks>
    Task<SpotifyResult<GetEpisodeRequest, Episode>> GetEpisodeAsync(string id, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one episode.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The episode.</returns>
    Task<SpotifyResult<GetEpisodeRequest, Episode>> GetEpisodeAsync(GetEpisodeRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets several episodes; unknown IDs come back as <see langword="null"/> entries. Any number of IDs: they are
    /// sent in chunks of 50 and the episodes come back merged in the order of the IDs.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The episodes, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-episodes"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralEpisodesRequest, SeveralEpisodes>> GetSeveralEpisodesAsync(GetSeveralEpisodesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets several episodes, in chunks of 50, merged in the order of <paramref name="ids"/>.</summary>
    /// <param name="ids">The episodes' Spotify IDs.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The episodes, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralEpisodesRequest, SeveralEpisodes>> GetSeveralEpisodesAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the episodes in the user's library (needs <c>user-library-read</c>; with <c>user-read-playback-position</c> each episode also carries its resume point).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-episodes"/>.</remarks>
    Task<SpotifyResult<GetUserSavedEpisodesRequest, Page<SavedEpisode>>> GetUserSavedEpisodesAsync(GetUserSavedEpisodesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the episodes in the user's library (needs <c>user-library-read</c>; with <c>user-read-playback-position</c> each episode also carries its resume point).</summary>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first item, or <see langword="null"/> for 0.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetUserSavedEpisodesRequest, Page<SavedEpisode>>> GetUserSavedEpisodesAsync(int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all the episodes in the user's library, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size), or <see langword="null"/> for pages of 50.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The saved episodes.</returns>
    IAsyncEnumerable<SavedEpisode> EnumerateUserSavedEpisodesAsync(GetUserSavedEpisodesRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Saves episodes to the user's library (needs <c>user-library-modify</c>). Any number of IDs: they are sent in chunks of 50; when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/save-episodes-user"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<SaveEpisodesForUserRequest>> SaveEpisodesForUserAsync(SaveEpisodesForUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>Saves episodes to the user's library (needs <c>user-library-modify</c>), for any number of IDs.</summary>
    /// <param name="ids">The episodes' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<SaveEpisodesForUserRequest>> SaveEpisodesForUserAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Removes episodes from the user's library (needs <c>user-library-modify</c>). Any number of IDs: they are sent in chunks of 50; when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-episodes-user"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<RemoveUserSavedEpisodesRequest>> RemoveUserSavedEpisodesAsync(RemoveUserSavedEpisodesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes episodes from the user's library (needs <c>user-library-modify</c>), for any number of IDs.</summary>
    /// <param name="ids">The episodes' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<RemoveUserSavedEpisodesRequest>> RemoveUserSavedEpisodesAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Checks whether episodes are in the user's library (needs <c>user-library-read</c>). Any number of IDs, sent in chunks of 50; one flag per ID, in order.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag per ID, in order.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-users-saved-episodes"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<CheckUserSavedEpisodesRequest, IReadOnlyList<bool>>> CheckUserSavedEpisodesAsync(CheckUserSavedEpisodesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Checks whether episodes are in the user's library (needs <c>user-library-read</c>), for any number of IDs.</summary>
    /// <param name="ids">The episodes' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, one flag per ID in order.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<CheckUserSavedEpisodesRequest, IReadOnlyList<bool>>> CheckUserSavedEpisodesAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);
}
