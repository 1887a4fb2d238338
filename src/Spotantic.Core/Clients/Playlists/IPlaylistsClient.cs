using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Playlists: playlists, their items and cover images, and the user's playlists.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes. Items are tracks or episodes: <see cref="PlaylistItem.Item"/>
/// reads as a <see cref="Track"/> or an <see cref="Episode"/>.
/// </remarks>
public interface IPlaylistsClient
{
    /// <summary>Gets one playlist, with the first page of its items when the user owns or collaborates on it.</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-playlist"/>.</remarks>
    Task<SpotifyResult<GetPlaylistRequest, Playlist>> GetPlaylistAsync(string playlistId, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one playlist (with <c>fields</c> and <c>additional_types</c> when set on the request).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist.</returns>
    Task<SpotifyResult<GetPlaylistRequest, Playlist>> GetPlaylistAsync(GetPlaylistRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a playlist's details (needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/change-playlist-details"/>.</remarks>
    Task<SpotifyResult<ChangePlaylistDetailsRequest>> ChangePlaylistDetailsAsync(ChangePlaylistDetailsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a playlist's details; arguments left <see langword="null"/> keep their value.</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="name">The new name, or <see langword="null"/>.</param>
    /// <param name="isPublic">Whether it becomes public, or <see langword="null"/>.</param>
    /// <param name="collaborative">Whether it becomes collaborative (only when not public), or <see langword="null"/>.</param>
    /// <param name="description">The new description, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<ChangePlaylistDetailsRequest>> ChangePlaylistDetailsAsync(string playlistId, string? name = null, bool? isPublic = null, bool? collaborative = null, string? description = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a playlist's items (tracks and episodes).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-playlists-items"/>.</remarks>
    Task<SpotifyResult<GetPlaylistItemsRequest, Page<PlaylistItem>>> GetPlaylistItemsAsync(GetPlaylistItemsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a playlist's items (tracks and episodes).</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first item, or <see langword="null"/> for 0.</param>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetPlaylistItemsRequest, Page<PlaylistItem>>> GetPlaylistItemsAsync(string playlistId, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all of a playlist's items, following Spotify's <c>next</c> links page by page.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size).</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The items.</returns>
    IAsyncEnumerable<PlaylistItem> EnumeratePlaylistItemsAsync(GetPlaylistItemsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds tracks or episodes to a playlist (needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>).
    /// Any number of URIs: they are sent in chunks of 100, the position advancing with each chunk so the order is kept;
    /// when a chunk fails after others succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist's snapshot after the last chunk.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/add-items-to-playlist"/>.</remarks>
    Task<SpotifyResult<AddItemsToPlaylistRequest, PlaylistSnapshot>> AddItemsToPlaylistAsync(AddItemsToPlaylistRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds tracks or episodes to a playlist, for any number of URIs (sent in chunks of 100, in order).</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="uris">The URIs, <c>spotify:track:{id}</c> or <c>spotify:episode:{id}</c>.</param>
    /// <param name="position">The zero-based position to insert at, or <see langword="null"/> to append.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist's snapshot after the last chunk.</returns>
    Task<SpotifyResult<AddItemsToPlaylistRequest, PlaylistSnapshot>> AddItemsToPlaylistAsync(string playlistId, IEnumerable<string> uris, int? position = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reorders a range of a playlist's items or replaces all of them (needs <c>playlist-modify-public</c> or
    /// <c>playlist-modify-private</c>). Only a replace is retried after a transient fault.
    /// </summary>
    /// <param name="request">The request, from <see cref="ReorderOrReplacePlaylistItemsRequest.Reorder"/> or <see cref="ReorderOrReplacePlaylistItemsRequest.Replace"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist's new snapshot.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/reorder-or-replace-playlists-items"/>.</remarks>
    Task<SpotifyResult<ReorderOrReplacePlaylistItemsRequest, PlaylistSnapshot>> ReorderOrReplacePlaylistItemsAsync(ReorderOrReplacePlaylistItemsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Moves <paramref name="rangeLength"/> items starting at <paramref name="rangeStart"/> to before <paramref name="insertBefore"/>. Not retried after a transient fault.</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="rangeStart">The position of the first item to move.</param>
    /// <param name="insertBefore">The position before which the items go (the item count moves them to the end).</param>
    /// <param name="rangeLength">How many items to move, or <see langword="null"/> for 1.</param>
    /// <param name="snapshotId">The playlist version to apply the move to, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist's new snapshot.</returns>
    Task<SpotifyResult<ReorderOrReplacePlaylistItemsRequest, PlaylistSnapshot>> ReorderPlaylistItemsAsync(string playlistId, int rangeStart, int insertBefore, int? rangeLength = null, string? snapshotId = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces every item of a playlist with at most 100 URIs (an empty list clears it).</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="uris">The new items.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist's new snapshot.</returns>
    Task<SpotifyResult<ReorderOrReplacePlaylistItemsRequest, PlaylistSnapshot>> ReplacePlaylistItemsAsync(string playlistId, IEnumerable<string> uris, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes every occurrence of tracks or episodes from a playlist (needs <c>playlist-modify-public</c> or
    /// <c>playlist-modify-private</c>). Any number of URIs, sent in chunks of 100; when a chunk fails after others
    /// succeeded, <see cref="Exceptions.SpotifyBatchException"/> says which were applied.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist's snapshot after the last chunk.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-items-playlist"/>.</remarks>
    Task<SpotifyResult<RemovePlaylistItemsRequest, PlaylistSnapshot>> RemovePlaylistItemsAsync(RemovePlaylistItemsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes every occurrence of tracks or episodes from a playlist, for any number of URIs.</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="uris">The URIs to remove.</param>
    /// <param name="snapshotId">The playlist version to apply the change to, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist's snapshot after the last chunk.</returns>
    Task<SpotifyResult<RemovePlaylistItemsRequest, PlaylistSnapshot>> RemovePlaylistItemsAsync(string playlistId, IEnumerable<string> uris, string? snapshotId = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the playlists the current user owns or follows.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-list-of-current-users-playlists"/>.</remarks>
    Task<SpotifyResult<GetCurrentUserPlaylistsRequest, Page<SimplifiedPlaylist>>> GetCurrentUserPlaylistsAsync(GetCurrentUserPlaylistsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of the playlists the current user owns or follows.</summary>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first playlist, or <see langword="null"/> for 0.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetCurrentUserPlaylistsRequest, Page<SimplifiedPlaylist>>> GetCurrentUserPlaylistsAsync(int? limit = null, int? offset = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all the playlists the current user owns or follows, following Spotify's <c>next</c> links.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size), or <see langword="null"/> for pages of 50.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The playlists.</returns>
    IAsyncEnumerable<SimplifiedPlaylist> EnumerateCurrentUserPlaylistsAsync(GetCurrentUserPlaylistsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a playlist for the current user (needs <c>playlist-modify-public</c>, or <c>playlist-modify-private</c> for a private one).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new playlist.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/create-playlist"/>.</remarks>
    Task<SpotifyResult<CreatePlaylistRequest, Playlist>> CreatePlaylistAsync(CreatePlaylistRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a playlist for the current user.</summary>
    /// <param name="name">The name.</param>
    /// <param name="isPublic">Whether it is public, or <see langword="null"/> for Spotify's default (public).</param>
    /// <param name="collaborative">Whether it is collaborative (then it must not be public), or <see langword="null"/>.</param>
    /// <param name="description">The description, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new playlist.</returns>
    Task<SpotifyResult<CreatePlaylistRequest, Playlist>> CreatePlaylistAsync(string name, bool? isPublic = null, bool? collaborative = null, string? description = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a user's public playlists.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-list-users-playlists"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.OtherUsers)]
    Task<SpotifyResult<GetUserPlaylistsRequest, Page<SimplifiedPlaylist>>> GetUserPlaylistsAsync(GetUserPlaylistsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a user's public playlists.</summary>
    /// <param name="userId">The user's Spotify user ID.</param>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first playlist, or <see langword="null"/> for 0.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.OtherUsers)]
    Task<SpotifyResult<GetUserPlaylistsRequest, Page<SimplifiedPlaylist>>> GetUserPlaylistsAsync(string userId, int? limit = null, int? offset = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all of a user's public playlists, following Spotify's <c>next</c> links.</summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size).</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The playlists.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.OtherUsers)]
    IAsyncEnumerable<SimplifiedPlaylist> EnumerateUserPlaylistsAsync(GetUserPlaylistsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a playlist for a user ID, which must be the current user's.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new playlist.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/create-playlist-for-user"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.CreatePlaylistForUser)]
    Task<SpotifyResult<CreatePlaylistForUserRequest, Playlist>> CreatePlaylistForUserAsync(CreatePlaylistForUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a playlist for a user ID, which must be the current user's.</summary>
    /// <param name="userId">The current user's Spotify user ID.</param>
    /// <param name="name">The name.</param>
    /// <param name="isPublic">Whether it is public, or <see langword="null"/> for Spotify's default (public).</param>
    /// <param name="collaborative">Whether it is collaborative (then it must not be public), or <see langword="null"/>.</param>
    /// <param name="description">The description, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new playlist.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.CreatePlaylistForUser)]
    Task<SpotifyResult<CreatePlaylistForUserRequest, Playlist>> CreatePlaylistForUserAsync(string userId, string name, bool? isPublic = null, bool? collaborative = null, string? description = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of Spotify's featured playlists.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message and the page, wrapped as Spotify sends them.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-featured-playlists"/>.</para>
    /// <para>Development mode: Spotify answers 404 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    Task<SpotifyResult<GetFeaturedPlaylistsRequest, FeaturedPlaylists>> GetFeaturedPlaylistsAsync(GetFeaturedPlaylistsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Walks all of Spotify's featured playlists, following the <c>next</c> links inside <c>playlists</c>.</summary>
    /// <param name="request">The first page's request, or <see langword="null"/> for pages of 50.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The playlists; <see langword="null"/> entries stand for playlists no longer available.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 404 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    IAsyncEnumerable<SimplifiedPlaylist?> EnumerateFeaturedPlaylistsAsync(GetFeaturedPlaylistsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a browse category's playlists.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message and the page, wrapped as Spotify sends them.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-categories-playlists"/>.</para>
    /// <para>Development mode: Spotify answers 404 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    Task<SpotifyResult<GetCategoryPlaylistsRequest, CategoryPlaylists>> GetCategoryPlaylistsAsync(GetCategoryPlaylistsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a browse category's playlists.</summary>
    /// <param name="categoryId">The category ID, e.g. <c>party</c>.</param>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="offset">The index of the first playlist, or <see langword="null"/> for 0.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message and the page.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 404 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    Task<SpotifyResult<GetCategoryPlaylistsRequest, CategoryPlaylists>> GetCategoryPlaylistsAsync(string categoryId, int? limit = null, int? offset = null, CancellationToken cancellationToken = default);

    /// <summary>Walks all of a browse category's playlists, following the <c>next</c> links inside <c>playlists</c>.</summary>
    /// <param name="request">The first page's request.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The playlists; <see langword="null"/> entries stand for playlists no longer available.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 404 to apps without extended quota (since 2024-11-27; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.Browse)]
    IAsyncEnumerable<SimplifiedPlaylist?> EnumerateCategoryPlaylistsAsync(GetCategoryPlaylistsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a playlist's cover images, widest first.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The images (their URLs expire within a day).</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-playlist-cover"/>.</remarks>
    Task<SpotifyResult<GetPlaylistCoverImageRequest, IReadOnlyList<Image>>> GetPlaylistCoverImageAsync(GetPlaylistCoverImageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a playlist's cover images, widest first.</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The images.</returns>
    Task<SpotifyResult<GetPlaylistCoverImageRequest, IReadOnlyList<Image>>> GetPlaylistCoverImageAsync(string playlistId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a playlist's cover with a JPEG image of at most 256 KB Base64-encoded (needs <c>ugc-image-upload</c>
    /// and <c>playlist-modify-public</c> or <c>playlist-modify-private</c>).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data (Spotify answers 202 and processes the image afterwards).</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/upload-custom-playlist-cover"/>.</remarks>
    Task<SpotifyResult<UploadCustomPlaylistCoverImageRequest>> UploadCustomPlaylistCoverImageAsync(UploadCustomPlaylistCoverImageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Replaces a playlist's cover with JPEG bytes, Base64-encoded for sending (at most 256 KB encoded).</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="jpeg">The raw JPEG image.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<UploadCustomPlaylistCoverImageRequest>> UploadCustomPlaylistCoverImageAsync(string playlistId, ReadOnlyMemory<byte> jpeg, CancellationToken cancellationToken = default);

    /// <summary>Replaces a playlist's cover with an already Base64-encoded JPEG image (at most 256 KB).</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="imageBase64">The Base64-encoded JPEG image.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<UploadCustomPlaylistCoverImageRequest>> UploadCustomPlaylistCoverImageAsync(string playlistId, string imageBase64, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a playlist's items through the former <c>/tracks</c> endpoint (limit up to 100).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-playlists-tracks"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PlaylistTracks)]
    Task<SpotifyResult<GetPlaylistTracksRequest, Page<PlaylistItem>>> GetPlaylistTracksAsync(GetPlaylistTracksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Walks all of a playlist's items through the former <c>/tracks</c> endpoint.</summary>
    /// <param name="request">The first page's request.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The items.</returns>
    /// <remarks>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PlaylistTracks)]
    IAsyncEnumerable<PlaylistItem> EnumeratePlaylistTracksAsync(GetPlaylistTracksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds tracks or episodes through the former <c>/tracks</c> endpoint, in chunks of 100 like <see cref="AddItemsToPlaylistAsync(AddItemsToPlaylistRequest, CancellationToken)"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist's snapshot after the last chunk.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/add-tracks-to-playlist"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PlaylistTracks)]
    Task<SpotifyResult<AddTracksToPlaylistRequest, PlaylistSnapshot>> AddTracksToPlaylistAsync(AddTracksToPlaylistRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reorders or replaces a playlist's items through the former <c>/tracks</c> endpoint.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist's new snapshot.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/reorder-or-replace-playlists-tracks"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PlaylistTracks)]
    Task<SpotifyResult<ReorderOrReplacePlaylistTracksRequest, PlaylistSnapshot>> ReorderOrReplacePlaylistTracksAsync(ReorderOrReplacePlaylistTracksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes tracks or episodes through the former <c>/tracks</c> endpoint, in chunks of 100.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playlist's snapshot after the last chunk.</returns>
    /// <remarks>
    /// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-tracks-playlist"/>.</para>
    /// <para>Development mode: Spotify answers 403 to apps without extended quota (since 2026-03-09; <see cref="Spotantic.Exceptions.SpotifyApiException.DevelopmentModeRestriction"/> says what to do instead). Apps with extended quota are served.</para>
    /// </remarks>
    [Obsolete(SpotifyDeprecations.PlaylistTracks)]
    Task<SpotifyResult<RemovePlaylistTracksRequest, PlaylistSnapshot>> RemovePlaylistTracksAsync(RemovePlaylistTracksRequest request, CancellationToken cancellationToken = default);
}
