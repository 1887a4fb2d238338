using Spotantic.Exceptions;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="IPlaylistsClient"/> over the shared connection.</summary>
internal sealed class PlaylistsClient(SpotifyApiConnection connection) : IPlaylistsClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetPlaylistRequest, Playlist>> GetPlaylistAsync(string playlistId, string? market = null, CancellationToken cancellationToken = default) =>
        GetPlaylistAsync(new GetPlaylistRequest(playlistId) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetPlaylistRequest, Playlist>> GetPlaylistAsync(GetPlaylistRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Playlist, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<ChangePlaylistDetailsRequest>> ChangePlaylistDetailsAsync(ChangePlaylistDetailsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<ChangePlaylistDetailsRequest>> ChangePlaylistDetailsAsync(string playlistId, string? name = null, bool? isPublic = null, bool? collaborative = null, string? description = null, CancellationToken cancellationToken = default) =>
        ChangePlaylistDetailsAsync(new ChangePlaylistDetailsRequest(playlistId) { Name = name, Public = isPublic, Collaborative = collaborative, Description = description }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetPlaylistItemsRequest, Page<PlaylistItem>>> GetPlaylistItemsAsync(GetPlaylistItemsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PagePlaylistItem, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetPlaylistItemsRequest, Page<PlaylistItem>>> GetPlaylistItemsAsync(string playlistId, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default) =>
        GetPlaylistItemsAsync(new GetPlaylistItemsRequest(playlistId) { Limit = limit, Offset = offset, Market = market }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<PlaylistItem> EnumeratePlaylistItemsAsync(GetPlaylistItemsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request, SpotifyJsonContext.Default.PagePlaylistItem, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<AddItemsToPlaylistRequest, PlaylistSnapshot>> AddItemsToPlaylistAsync(AddItemsToPlaylistRequest request, CancellationToken cancellationToken = default) =>
        SendInChunksAsync(request, AddItemsToPlaylistRequest.MaxUris, static r => r.Uris, static (r, chunk, sentBefore) => r with { Uris = chunk, Position = r.Position + sentBefore }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<AddItemsToPlaylistRequest, PlaylistSnapshot>> AddItemsToPlaylistAsync(string playlistId, IEnumerable<string> uris, int? position = null, CancellationToken cancellationToken = default) =>
        AddItemsToPlaylistAsync(new AddItemsToPlaylistRequest(playlistId, ClientArguments.ToArray(uris, nameof(uris))) { Position = position }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<ReorderOrReplacePlaylistItemsRequest, PlaylistSnapshot>> ReorderOrReplacePlaylistItemsAsync(ReorderOrReplacePlaylistItemsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PlaylistSnapshot, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<ReorderOrReplacePlaylistItemsRequest, PlaylistSnapshot>> ReorderPlaylistItemsAsync(string playlistId, int rangeStart, int insertBefore, int? rangeLength = null, string? snapshotId = null, CancellationToken cancellationToken = default) =>
        ReorderOrReplacePlaylistItemsAsync(ReorderOrReplacePlaylistItemsRequest.Reorder(playlistId, rangeStart, insertBefore, rangeLength, snapshotId), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<ReorderOrReplacePlaylistItemsRequest, PlaylistSnapshot>> ReplacePlaylistItemsAsync(string playlistId, IEnumerable<string> uris, CancellationToken cancellationToken = default) =>
        ReorderOrReplacePlaylistItemsAsync(ReorderOrReplacePlaylistItemsRequest.Replace(playlistId, ClientArguments.ToArray(uris, nameof(uris))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemovePlaylistItemsRequest, PlaylistSnapshot>> RemovePlaylistItemsAsync(RemovePlaylistItemsRequest request, CancellationToken cancellationToken = default) =>
        SendInChunksAsync(request, RemovePlaylistItemsRequest.MaxUris, static r => r.Uris, static (r, chunk, _) => r with { Uris = chunk }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemovePlaylistItemsRequest, PlaylistSnapshot>> RemovePlaylistItemsAsync(string playlistId, IEnumerable<string> uris, string? snapshotId = null, CancellationToken cancellationToken = default) =>
        RemovePlaylistItemsAsync(new RemovePlaylistItemsRequest(playlistId, ClientArguments.ToArray(uris, nameof(uris))) { SnapshotId = snapshotId }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetCurrentUserPlaylistsRequest, Page<SimplifiedPlaylist>>> GetCurrentUserPlaylistsAsync(GetCurrentUserPlaylistsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageSimplifiedPlaylist, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetCurrentUserPlaylistsRequest, Page<SimplifiedPlaylist>>> GetCurrentUserPlaylistsAsync(int? limit = null, int? offset = null, CancellationToken cancellationToken = default) =>
        GetCurrentUserPlaylistsAsync(new GetCurrentUserPlaylistsRequest { Limit = limit, Offset = offset }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedPlaylist> EnumerateCurrentUserPlaylistsAsync(GetCurrentUserPlaylistsRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetCurrentUserPlaylistsRequest { Limit = GetCurrentUserPlaylistsRequest.MaxLimit }, SpotifyJsonContext.Default.PageSimplifiedPlaylist, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CreatePlaylistRequest, Playlist>> CreatePlaylistAsync(CreatePlaylistRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Playlist, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CreatePlaylistRequest, Playlist>> CreatePlaylistAsync(string name, bool? isPublic = null, bool? collaborative = null, string? description = null, CancellationToken cancellationToken = default) =>
        CreatePlaylistAsync(new CreatePlaylistRequest(name) { Public = isPublic, Collaborative = collaborative, Description = description }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserPlaylistsRequest, Page<SimplifiedPlaylist>>> GetUserPlaylistsAsync(GetUserPlaylistsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageSimplifiedPlaylist, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserPlaylistsRequest, Page<SimplifiedPlaylist>>> GetUserPlaylistsAsync(string userId, int? limit = null, int? offset = null, CancellationToken cancellationToken = default) =>
        GetUserPlaylistsAsync(new GetUserPlaylistsRequest(userId) { Limit = limit, Offset = offset }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedPlaylist> EnumerateUserPlaylistsAsync(GetUserPlaylistsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request, SpotifyJsonContext.Default.PageSimplifiedPlaylist, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CreatePlaylistForUserRequest, Playlist>> CreatePlaylistForUserAsync(CreatePlaylistForUserRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Playlist, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CreatePlaylistForUserRequest, Playlist>> CreatePlaylistForUserAsync(string userId, string name, bool? isPublic = null, bool? collaborative = null, string? description = null, CancellationToken cancellationToken = default) =>
        CreatePlaylistForUserAsync(new CreatePlaylistForUserRequest(userId, name) { Public = isPublic, Collaborative = collaborative, Description = description }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetFeaturedPlaylistsRequest, FeaturedPlaylists>> GetFeaturedPlaylistsAsync(GetFeaturedPlaylistsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.FeaturedPlaylists, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedPlaylist?> EnumerateFeaturedPlaylistsAsync(GetFeaturedPlaylistsRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetFeaturedPlaylistsRequest { Limit = GetFeaturedPlaylistsRequest.MaxLimit }, SpotifyJsonContext.Default.FeaturedPlaylists, static featured => (featured.Playlists.Items, featured.Playlists.Next), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetCategoryPlaylistsRequest, CategoryPlaylists>> GetCategoryPlaylistsAsync(GetCategoryPlaylistsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.CategoryPlaylists, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetCategoryPlaylistsRequest, CategoryPlaylists>> GetCategoryPlaylistsAsync(string categoryId, int? limit = null, int? offset = null, CancellationToken cancellationToken = default) =>
        GetCategoryPlaylistsAsync(new GetCategoryPlaylistsRequest(categoryId) { Limit = limit, Offset = offset }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedPlaylist?> EnumerateCategoryPlaylistsAsync(GetCategoryPlaylistsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request, SpotifyJsonContext.Default.CategoryPlaylists, static category => (category.Playlists.Items, category.Playlists.Next), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetPlaylistCoverImageRequest, IReadOnlyList<Image>>> GetPlaylistCoverImageAsync(GetPlaylistCoverImageRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.IReadOnlyListImage, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetPlaylistCoverImageRequest, IReadOnlyList<Image>>> GetPlaylistCoverImageAsync(string playlistId, CancellationToken cancellationToken = default) =>
        GetPlaylistCoverImageAsync(new GetPlaylistCoverImageRequest(playlistId), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<UploadCustomPlaylistCoverImageRequest>> UploadCustomPlaylistCoverImageAsync(UploadCustomPlaylistCoverImageRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<UploadCustomPlaylistCoverImageRequest>> UploadCustomPlaylistCoverImageAsync(string playlistId, ReadOnlyMemory<byte> jpeg, CancellationToken cancellationToken = default) =>
        UploadCustomPlaylistCoverImageAsync(UploadCustomPlaylistCoverImageRequest.FromJpeg(playlistId, jpeg.Span), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<UploadCustomPlaylistCoverImageRequest>> UploadCustomPlaylistCoverImageAsync(string playlistId, string imageBase64, CancellationToken cancellationToken = default) =>
        UploadCustomPlaylistCoverImageAsync(new UploadCustomPlaylistCoverImageRequest(playlistId, imageBase64), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetPlaylistTracksRequest, Page<PlaylistItem>>> GetPlaylistTracksAsync(GetPlaylistTracksRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PagePlaylistItem, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<PlaylistItem> EnumeratePlaylistTracksAsync(GetPlaylistTracksRequest request, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request, SpotifyJsonContext.Default.PagePlaylistItem, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<AddTracksToPlaylistRequest, PlaylistSnapshot>> AddTracksToPlaylistAsync(AddTracksToPlaylistRequest request, CancellationToken cancellationToken = default) =>
        SendInChunksAsync(request, AddTracksToPlaylistRequest.MaxUris, static r => r.Uris, static (r, chunk, sentBefore) => r with { Uris = chunk, Position = r.Position + sentBefore }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<ReorderOrReplacePlaylistTracksRequest, PlaylistSnapshot>> ReorderOrReplacePlaylistTracksAsync(ReorderOrReplacePlaylistTracksRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PlaylistSnapshot, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemovePlaylistTracksRequest, PlaylistSnapshot>> RemovePlaylistTracksAsync(RemovePlaylistTracksRequest request, CancellationToken cancellationToken = default) =>
        SendInChunksAsync(request, RemovePlaylistTracksRequest.MaxUris, static r => r.Uris, static (r, chunk, _) => r with { Uris = chunk }, cancellationToken);

    /// <summary>
    /// Sends a playlist write in chunks of <paramref name="maxPerCall"/> URIs, in order. Unlike the generic batching,
    /// each chunk's request depends on how many URIs went before it (an insert position advances by that much, so the
    /// URIs keep their order). The data is the snapshot after the last chunk; a failure after the first chunk reports
    /// what was applied.
    /// </summary>
    private async Task<SpotifyResult<TRequest, PlaylistSnapshot>> SendInChunksAsync<TRequest>(
        TRequest request,
        int maxPerCall,
        Func<TRequest, IReadOnlyList<string>> uris,
        Func<TRequest, string[], int, TRequest> forChunk,
        CancellationToken cancellationToken)
        where TRequest : SpotifyRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var chunks = uris(request).Chunk(maxPerCall).ToArray();
        var responses = new List<SpotifyRawResponse>(chunks.Length);
        PlaylistSnapshot? snapshot = null;
        var sentBefore = 0;
        for (var i = 0; i < chunks.Length; i++)
        {
            try
            {
                var result = await connection.SendAsync(forChunk(request, chunks[i], sentBefore), SpotifyJsonContext.Default.PlaylistSnapshot, cancellationToken).ConfigureAwait(false);
                responses.Add(result.Response);
                snapshot = result.Data;
            }
            catch (Exception ex) when (chunks.Length > 1 && ex is SpotanticException or HttpRequestException)
            {
                throw new SpotifyBatchException(
                    request.Operation.Id,
                    [.. chunks.Take(i).SelectMany(chunk => chunk)],
                    chunks[i],
                    [.. chunks.Skip(i + 1).SelectMany(chunk => chunk)],
                    ex);
            }

            sentBefore += chunks[i].Length;
        }

        return new SpotifyResult<TRequest, PlaylistSnapshot>(request, responses, snapshot!);
    }
}
