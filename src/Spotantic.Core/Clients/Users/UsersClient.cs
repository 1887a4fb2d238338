using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="IUsersClient"/> over the shared connection.</summary>
internal sealed class UsersClient(SpotifyApiConnection connection) : IUsersClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetCurrentUserProfileRequest, PrivateUser>> GetCurrentUserProfileAsync(CancellationToken cancellationToken = default) =>
        GetCurrentUserProfileAsync(new GetCurrentUserProfileRequest(), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetCurrentUserProfileRequest, PrivateUser>> GetCurrentUserProfileAsync(GetCurrentUserProfileRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PrivateUser, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserProfileRequest, PublicUser>> GetUserProfileAsync(string userId, CancellationToken cancellationToken = default) =>
        GetUserProfileAsync(new GetUserProfileRequest(userId), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserProfileRequest, PublicUser>> GetUserProfileAsync(GetUserProfileRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PublicUser, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<FollowPlaylistRequest>> FollowPlaylistAsync(string playlistId, bool? isPublic = null, CancellationToken cancellationToken = default) =>
        FollowPlaylistAsync(new FollowPlaylistRequest(playlistId) { Public = isPublic }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<FollowPlaylistRequest>> FollowPlaylistAsync(FollowPlaylistRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<UnfollowPlaylistRequest>> UnfollowPlaylistAsync(string playlistId, CancellationToken cancellationToken = default) =>
        UnfollowPlaylistAsync(new UnfollowPlaylistRequest(playlistId), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<UnfollowPlaylistRequest>> UnfollowPlaylistAsync(UnfollowPlaylistRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetFollowedArtistsRequest, FollowedArtists>> GetFollowedArtistsAsync(GetFollowedArtistsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.FollowedArtists, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetFollowedArtistsRequest, FollowedArtists>> GetFollowedArtistsAsync(int? limit = null, string? after = null, CancellationToken cancellationToken = default) =>
        GetFollowedArtistsAsync(new GetFollowedArtistsRequest { Limit = limit, After = after }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Artist> EnumerateFollowedArtistsAsync(GetFollowedArtistsRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetFollowedArtistsRequest { Limit = GetFollowedArtistsRequest.MaxLimit }, SpotifyJsonContext.Default.FollowedArtists, static followed => (followed.Artists.Items, followed.Artists.Next), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<FollowArtistsOrUsersRequest>> FollowArtistsOrUsersAsync(FollowArtistsOrUsersRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<FollowArtistsOrUsersRequest>> FollowArtistsOrUsersAsync(FollowType type, IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        FollowArtistsOrUsersAsync(new FollowArtistsOrUsersRequest(type, ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<UnfollowArtistsOrUsersRequest>> UnfollowArtistsOrUsersAsync(UnfollowArtistsOrUsersRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<UnfollowArtistsOrUsersRequest>> UnfollowArtistsOrUsersAsync(FollowType type, IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        UnfollowArtistsOrUsersAsync(new UnfollowArtistsOrUsersRequest(type, ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckCurrentUserFollowsRequest, IReadOnlyList<bool>>> CheckCurrentUserFollowsAsync(CheckCurrentUserFollowsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendContainsAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckCurrentUserFollowsRequest, IReadOnlyList<bool>>> CheckCurrentUserFollowsAsync(FollowType type, IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        CheckCurrentUserFollowsAsync(new CheckCurrentUserFollowsRequest(type, ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserFollowsPlaylistRequest, IReadOnlyList<bool>>> CheckUserFollowsPlaylistAsync(CheckUserFollowsPlaylistRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.IReadOnlyListBoolean, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserFollowsPlaylistRequest, IReadOnlyList<bool>>> CheckUserFollowsPlaylistAsync(string playlistId, string? userId = null, CancellationToken cancellationToken = default) =>
        CheckUserFollowsPlaylistAsync(new CheckUserFollowsPlaylistRequest(playlistId) { UserId = userId }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserTopArtistsRequest, Page<Artist>>> GetUserTopArtistsAsync(GetUserTopArtistsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageArtist, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserTopArtistsRequest, Page<Artist>>> GetUserTopArtistsAsync(TopItemsTimeRange? timeRange = null, int? limit = null, int? offset = null, CancellationToken cancellationToken = default) =>
        GetUserTopArtistsAsync(new GetUserTopArtistsRequest { TimeRange = timeRange, Limit = limit, Offset = offset }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Artist> EnumerateUserTopArtistsAsync(GetUserTopArtistsRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetUserTopArtistsRequest { Limit = GetUserTopArtistsRequest.MaxLimit }, SpotifyJsonContext.Default.PageArtist, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserTopTracksRequest, Page<Track>>> GetUserTopTracksAsync(GetUserTopTracksRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageTrack, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserTopTracksRequest, Page<Track>>> GetUserTopTracksAsync(TopItemsTimeRange? timeRange = null, int? limit = null, int? offset = null, CancellationToken cancellationToken = default) =>
        GetUserTopTracksAsync(new GetUserTopTracksRequest { TimeRange = timeRange, Limit = limit, Offset = offset }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Track> EnumerateUserTopTracksAsync(GetUserTopTracksRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetUserTopTracksRequest { Limit = GetUserTopTracksRequest.MaxLimit }, SpotifyJsonContext.Default.PageTrack, cancellationToken);
}
