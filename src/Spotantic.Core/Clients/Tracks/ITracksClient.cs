using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Tracks: tracks, the user's saved tracks, audio features and analysis, and recommendations.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes.
/// </remarks>
public interface ITracksClient
{
    /// <summary>Gets one track.</summary>
    /// <param name="id">The track's Spotify ID.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The track.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-track"/>.</remarks>
    Task<SpotifyResult<GetTrackRequest, Track>> GetTrackAsync(string id, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one track.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The track.</returns>
    Task<SpotifyResult<GetTrackRequest, Track>> GetTrackAsync(GetTrackRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets several tracks; unknown IDs come back as <see langword="null"/> entries. Any number of IDs: they are sent
    /// in chunks of 50 and the tracks come back merged in the order of the IDs.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tracks, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-several-tracks"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralTracksRequest, SeveralTracks>> GetSeveralTracksAsync(GetSeveralTracksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets several tracks, in chunks of 50, merged in the order of <paramref name="ids"/>.</summary>
    /// <param name="ids">The tracks' Spotify IDs.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tracks, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.MultiGet)]
    Task<SpotifyResult<GetSeveralTracksRequest, SeveralTracks>> GetSeveralTracksAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the tracks in the user's library (needs <c>user-library-read</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-tracks"/>.</remarks>
    Task<SpotifyResult<GetUserSavedTracksRequest, Page<SavedTrack>>> GetUserSavedTracksAsync(GetUserSavedTracksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the tracks in the user's library (needs <c>user-library-read</c>).</summary>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first track, or <see langword="null"/> for 0.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetUserSavedTracksRequest, Page<SavedTrack>>> GetUserSavedTracksAsync(int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all the tracks in the user's library, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size); <see langword="null"/> for pages of 50.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The saved tracks.</returns>
    IAsyncEnumerable<SavedTrack> EnumerateUserSavedTracksAsync(GetUserSavedTracksRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Saves tracks to the user's library (needs <c>user-library-modify</c>). Any number of tracks: they are sent in chunks of 50; when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/save-tracks-user"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<SaveTracksForUserRequest>> SaveTracksForUserAsync(SaveTracksForUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>Saves tracks to the user's library (needs <c>user-library-modify</c>), recorded as added now, for any number of IDs.</summary>
    /// <param name="ids">The tracks' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<SaveTracksForUserRequest>> SaveTracksForUserAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Saves tracks to the user's library (needs <c>user-library-modify</c>), each recorded as added at its own time, for any number of tracks.</summary>
    /// <param name="timestampedIds">The tracks' Spotify IDs with the time each is recorded as added.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<SaveTracksForUserRequest>> SaveTracksForUserAsync(IEnumerable<TimestampedId> timestampedIds, CancellationToken cancellationToken = default);

    /// <summary>Removes tracks from the user's library (needs <c>user-library-modify</c>). Any number of IDs: they are sent in chunks of 50; when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-tracks-user"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<RemoveUserSavedTracksRequest>> RemoveUserSavedTracksAsync(RemoveUserSavedTracksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes tracks from the user's library (needs <c>user-library-modify</c>), for any number of IDs.</summary>
    /// <param name="ids">The tracks' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<RemoveUserSavedTracksRequest>> RemoveUserSavedTracksAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Checks whether tracks are in the user's library (needs <c>user-library-read</c>). Any number of IDs, sent in chunks of 50; one flag per ID, in order.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag per ID, in order.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-users-saved-tracks"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<CheckUserSavedTracksRequest, IReadOnlyList<bool>>> CheckUserSavedTracksAsync(CheckUserSavedTracksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Checks whether tracks are in the user's library (needs <c>user-library-read</c>), for any number of IDs.</summary>
    /// <param name="ids">The tracks' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag per ID, in order.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PerTypeLibrary)]
    Task<SpotifyResult<CheckUserSavedTracksRequest, IReadOnlyList<bool>>> CheckUserSavedTracksAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the audio features of several tracks; unknown IDs come back as <see langword="null"/> entries. Any number of
    /// IDs: they are sent in chunks of 100 and merged in the order of the IDs.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The audio features, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-several-audio-features"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetSeveralAudioFeaturesRequest, SeveralAudioFeatures>> GetSeveralAudioFeaturesAsync(GetSeveralAudioFeaturesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the audio features of several tracks, in chunks of 100, merged in the order of <paramref name="ids"/>.</summary>
    /// <param name="ids">The tracks' Spotify IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The audio features, in the order of the IDs.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetSeveralAudioFeaturesRequest, SeveralAudioFeatures>> GetSeveralAudioFeaturesAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Gets the audio features of one track.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The audio features.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-audio-features"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetAudioFeaturesRequest, AudioFeatures>> GetAudioFeaturesAsync(GetAudioFeaturesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the audio features of one track.</summary>
    /// <param name="id">The track's Spotify ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The audio features.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetAudioFeaturesRequest, AudioFeatures>> GetAudioFeaturesAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Gets the low-level audio analysis of one track: bars, beats, sections, segments and tatums.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The audio analysis.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-audio-analysis"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetAudioAnalysisRequest, AudioAnalysis>> GetAudioAnalysisAsync(GetAudioAnalysisRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the low-level audio analysis of one track.</summary>
    /// <param name="id">The track's Spotify ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The audio analysis.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetAudioAnalysisRequest, AudioAnalysis>> GetAudioAnalysisAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Gets track recommendations from 1 to 5 seeds (artists, genres and tracks together), narrowed and ranked by the request's tunable attributes.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recommended tracks and the seeds' pool sizes.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-recommendations"/>.</para>
    /// <para>Development mode: Spotify answers 404 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetRecommendationsRequest, Recommendations>> GetRecommendationsAsync(GetRecommendationsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets track recommendations from 1 to 5 seeds (artists, genres and tracks together).</summary>
    /// <param name="seedArtists">The Spotify IDs of seed artists, or <see langword="null"/>.</param>
    /// <param name="seedGenres">Seed genres, or <see langword="null"/>.</param>
    /// <param name="seedTracks">The Spotify IDs of seed tracks, or <see langword="null"/>.</param>
    /// <param name="limit">The number of tracks, 1 to 100, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recommended tracks and the seeds' pool sizes.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 404 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.November2024)]
    Task<SpotifyResult<GetRecommendationsRequest, Recommendations>> GetRecommendationsAsync(IEnumerable<string>? seedArtists = null, IEnumerable<string>? seedGenres = null, IEnumerable<string>? seedTracks = null, int? limit = null, string? market = null, CancellationToken cancellationToken = default);
}
