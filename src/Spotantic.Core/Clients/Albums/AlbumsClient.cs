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
        SpotifyBatching.SendAsync(connection, request, SpotifyJsonContext.Default.SeveralAlbums, static chunks => chunks.Count == 1 ? chunks[0] : new SeveralAlbums { Albums = [.. chunks.SelectMany(chunk => chunk.Albums)] }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralAlbumsRequest, SeveralAlbums>> GetSeveralAlbumsAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default) =>
        GetSeveralAlbumsAsync(new GetSeveralAlbumsRequest(ClientArguments.ToArray(ids, nameof(ids))) { Market = market }, cancellationToken);

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
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveAlbumsForUserRequest>> SaveAlbumsForUserAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        SaveAlbumsForUserAsync(new SaveAlbumsForUserRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveUserSavedAlbumsRequest>> RemoveUserSavedAlbumsAsync(RemoveUserSavedAlbumsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveUserSavedAlbumsRequest>> RemoveUserSavedAlbumsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        RemoveUserSavedAlbumsAsync(new RemoveUserSavedAlbumsRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserSavedAlbumsRequest, IReadOnlyList<bool>>> CheckUserSavedAlbumsAsync(CheckUserSavedAlbumsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendContainsAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserSavedAlbumsRequest, IReadOnlyList<bool>>> CheckUserSavedAlbumsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        CheckUserSavedAlbumsAsync(new CheckUserSavedAlbumsRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetNewReleasesRequest, NewReleases>> GetNewReleasesAsync(GetNewReleasesRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.NewReleases, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedAlbum> EnumerateNewReleasesAsync(GetNewReleasesRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetNewReleasesRequest { Limit = GetNewReleasesRequest.MaxLimit }, SpotifyJsonContext.Default.NewReleases, static releases => (releases.Albums.Items, releases.Albums.Next), cancellationToken);
}
