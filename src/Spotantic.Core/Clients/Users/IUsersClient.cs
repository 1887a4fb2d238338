using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Users: user profiles, top items and follows.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes. The follow operations are deprecated: new code should use
/// <see cref="ILibraryClient"/>, which follows and unfollows artists, users and playlists through <c>/me/library</c>.
/// </remarks>
public interface IUsersClient
{
    /// <summary>
    /// Gets the current user's profile. Any user token works: without <c>user-read-email</c> the email is left out,
    /// without <c>user-read-private</c> the country, product and explicit-content settings are.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-current-users-profile"/>.</remarks>
    Task<SpotifyResult<GetCurrentUserProfileRequest, PrivateUser>> GetCurrentUserProfileAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets the current user's profile.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    Task<SpotifyResult<GetCurrentUserProfileRequest, PrivateUser>> GetCurrentUserProfileAsync(GetCurrentUserProfileRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a user's public profile.</summary>
    /// <param name="userId">The user's Spotify user ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-profile"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.OtherUsers)]
    Task<SpotifyResult<GetUserProfileRequest, PublicUser>> GetUserProfileAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Gets a user's public profile.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.OtherUsers)]
    Task<SpotifyResult<GetUserProfileRequest, PublicUser>> GetUserProfileAsync(GetUserProfileRequest request, CancellationToken cancellationToken = default);

    /// <summary>Follows a playlist (needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>).</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="isPublic">Whether the playlist shows on the user's profile; <see langword="null"/> for Spotify's default (public).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/follow-playlist"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<FollowPlaylistRequest>> FollowPlaylistAsync(string playlistId, bool? isPublic = null, CancellationToken cancellationToken = default);

    /// <summary>Follows a playlist (needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<FollowPlaylistRequest>> FollowPlaylistAsync(FollowPlaylistRequest request, CancellationToken cancellationToken = default);

    /// <summary>Unfollows a playlist (needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>).</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/unfollow-playlist"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<UnfollowPlaylistRequest>> UnfollowPlaylistAsync(string playlistId, CancellationToken cancellationToken = default);

    /// <summary>Unfollows a playlist (needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<UnfollowPlaylistRequest>> UnfollowPlaylistAsync(UnfollowPlaylistRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one cursor page of the artists the user follows (needs <c>user-follow-read</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, wrapped in <c>artists</c> as Spotify sends it.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-followed"/>.</remarks>
    Task<SpotifyResult<GetFollowedArtistsRequest, FollowedArtists>> GetFollowedArtistsAsync(GetFollowedArtistsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one cursor page of the artists the user follows (needs <c>user-follow-read</c>).</summary>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="after">The ID of the last artist already read, or <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, wrapped in <c>artists</c> as Spotify sends it.</returns>
    Task<SpotifyResult<GetFollowedArtistsRequest, FollowedArtists>> GetFollowedArtistsAsync(int? limit = null, string? after = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all the artists the user follows, following Spotify's cursor <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size); <see langword="null"/> for pages of 50.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The artists.</returns>
    IAsyncEnumerable<Artist> EnumerateFollowedArtistsAsync(GetFollowedArtistsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Follows artists or users (needs <c>user-follow-modify</c>). Any number of IDs: they are sent in chunks of 50;
    /// when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/follow-artists-users"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<FollowArtistsOrUsersRequest>> FollowArtistsOrUsersAsync(FollowArtistsOrUsersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Follows artists or users (needs <c>user-follow-modify</c>), for any number of IDs.</summary>
    /// <param name="type">What the IDs name.</param>
    /// <param name="ids">Artists' Spotify IDs or users' Spotify user IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<FollowArtistsOrUsersRequest>> FollowArtistsOrUsersAsync(FollowType type, IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Unfollows artists or users (needs <c>user-follow-modify</c>). Any number of IDs: they are sent in chunks of 50;
    /// when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/unfollow-artists-users"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<UnfollowArtistsOrUsersRequest>> UnfollowArtistsOrUsersAsync(UnfollowArtistsOrUsersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Unfollows artists or users (needs <c>user-follow-modify</c>), for any number of IDs.</summary>
    /// <param name="type">What the IDs name.</param>
    /// <param name="ids">Artists' Spotify IDs or users' Spotify user IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<UnfollowArtistsOrUsersRequest>> UnfollowArtistsOrUsersAsync(FollowType type, IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks whether the user follows artists or users (needs <c>user-follow-read</c>). Any number of IDs, sent in
    /// chunks of 50; one flag per ID, in order.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag per ID, in order.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-current-user-follows"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<CheckCurrentUserFollowsRequest, IReadOnlyList<bool>>> CheckCurrentUserFollowsAsync(CheckCurrentUserFollowsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Checks whether the user follows artists or users (needs <c>user-follow-read</c>), for any number of IDs.</summary>
    /// <param name="type">What the IDs name.</param>
    /// <param name="ids">Artists' Spotify IDs or users' Spotify user IDs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag per ID, in order.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<CheckCurrentUserFollowsRequest, IReadOnlyList<bool>>> CheckCurrentUserFollowsAsync(FollowType type, IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Checks whether the current user follows a playlist; Spotify answers with a one-element array.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-if-user-follows-playlist"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<CheckUserFollowsPlaylistRequest, IReadOnlyList<bool>>> CheckUserFollowsPlaylistAsync(CheckUserFollowsPlaylistRequest request, CancellationToken cancellationToken = default);

    /// <summary>Checks whether the current user follows a playlist; Spotify answers with a one-element array.</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="userId">The current user's Spotify user ID, or <see langword="null"/> to let the token name the user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One flag.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Follow)]
    Task<SpotifyResult<CheckUserFollowsPlaylistRequest, IReadOnlyList<bool>>> CheckUserFollowsPlaylistAsync(string playlistId, string? userId = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the user's top artists (needs <c>user-top-read</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-top-artists"/>.</remarks>
    Task<SpotifyResult<GetUserTopArtistsRequest, Page<Artist>>> GetUserTopArtistsAsync(GetUserTopArtistsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the user's top artists (needs <c>user-top-read</c>).</summary>
    /// <param name="timeRange">The time frame, or <see langword="null"/> for Spotify's default (medium term).</param>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first artist, or <see langword="null"/> for 0.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetUserTopArtistsRequest, Page<Artist>>> GetUserTopArtistsAsync(TopItemsTimeRange? timeRange = null, int? limit = null, int? offset = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all the user's top artists, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size); <see langword="null"/> for pages of 50.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The artists, most affine first.</returns>
    IAsyncEnumerable<Artist> EnumerateUserTopArtistsAsync(GetUserTopArtistsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the user's top tracks (needs <c>user-top-read</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-top-tracks"/>.</remarks>
    Task<SpotifyResult<GetUserTopTracksRequest, Page<Track>>> GetUserTopTracksAsync(GetUserTopTracksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the user's top tracks (needs <c>user-top-read</c>).</summary>
    /// <param name="timeRange">The time frame, or <see langword="null"/> for Spotify's default (medium term).</param>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first track, or <see langword="null"/> for 0.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetUserTopTracksRequest, Page<Track>>> GetUserTopTracksAsync(TopItemsTimeRange? timeRange = null, int? limit = null, int? offset = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all the user's top tracks, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size); <see langword="null"/> for pages of 50.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The tracks, most affine first.</returns>
    IAsyncEnumerable<Track> EnumerateUserTopTracksAsync(GetUserTopTracksRequest? request = null, CancellationToken cancellationToken = default);
}
