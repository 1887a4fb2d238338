using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="IAlbumsClient"/> over the shared connection.</summary>
internal sealed class AlbumsClient(SpotifyApiConnection connection) : IAlbumsClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetAlbumRequest, Album>> GetAlbumAsync(string id, string? market = null, CancellationToken cancellationToken = default) =>
        GetAlbumAsync(new GetAlbumRequest(id) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAlbumRequest, Album>> GetAlbumAsync(GetAlbumRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Album, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralAlbumsRequest, SeveralAlbums>> GetSeveralAlbumsAsync(GetSeveralAlbumsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.SeveralAlbums, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAlbumTracksRequest, Page<SimplifiedTrack>>> GetAlbumTracksAsync(GetAlbumTracksRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageSimplifiedTrack, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAlbumTracksRequest, Page<SimplifiedTrack>>> GetAlbumTracksAsync(string id, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default) =>
        GetAlbumTracksAsync(new GetAlbumTracksRequest(id) { Limit = limit, Offset = offset, Market = market }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedTrack> EnumerateAlbumTracksAsync(GetAlbumTracksRequest request, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request, SpotifyJsonContext.Default.PageSimplifiedTrack, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserSavedAlbumsRequest, Page<SavedAlbum>>> GetUserSavedAlbumsAsync(GetUserSavedAlbumsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageSavedAlbum, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserSavedAlbumsRequest, Page<SavedAlbum>>> GetUserSavedAlbumsAsync(int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default) =>
        GetUserSavedAlbumsAsync(new GetUserSavedAlbumsRequest { Limit = limit, Offset = offset, Market = market }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SavedAlbum> EnumerateUserSavedAlbumsAsync(GetUserSavedAlbumsRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetUserSavedAlbumsRequest { Limit = GetUserSavedAlbumsRequest.MaxLimit }, SpotifyJsonContext.Default.PageSavedAlbum, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveAlbumsForUserRequest>> SaveAlbumsForUserAsync(SaveAlbumsForUserRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveUserSavedAlbumsRequest>> RemoveUserSavedAlbumsAsync(RemoveUserSavedAlbumsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserSavedAlbumsRequest, IReadOnlyList<bool>>> CheckUserSavedAlbumsAsync(CheckUserSavedAlbumsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.IReadOnlyListBoolean, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetNewReleasesRequest, NewReleases>> GetNewReleasesAsync(GetNewReleasesRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.NewReleases, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedAlbum> EnumerateNewReleasesAsync(GetNewReleasesRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetNewReleasesRequest { Limit = GetNewReleasesRequest.MaxLimit }, SpotifyJsonContext.Default.NewReleases, static releases => releases.Albums, cancellationToken);
}
