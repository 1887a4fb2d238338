using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="IArtistsClient"/> over the shared connection.</summary>
internal sealed class ArtistsClient(SpotifyApiConnection connection) : IArtistsClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetArtistRequest, Artist>> GetArtistAsync(string id, CancellationToken cancellationToken = default) =>
        GetArtistAsync(new GetArtistRequest(id), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetArtistRequest, Artist>> GetArtistAsync(GetArtistRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Artist, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralArtistsRequest, SeveralArtists>> GetSeveralArtistsAsync(GetSeveralArtistsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, SpotifyJsonContext.Default.SeveralArtists, static chunks => chunks.Count == 1 ? chunks[0] : new SeveralArtists { Artists = [.. chunks.SelectMany(chunk => chunk.Artists)] }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralArtistsRequest, SeveralArtists>> GetSeveralArtistsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        GetSeveralArtistsAsync(new GetSeveralArtistsRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetArtistAlbumsRequest, Page<ArtistDiscographyAlbum>>> GetArtistAlbumsAsync(GetArtistAlbumsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageArtistDiscographyAlbum, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetArtistAlbumsRequest, Page<ArtistDiscographyAlbum>>> GetArtistAlbumsAsync(string id, IEnumerable<AlbumGroup>? includeGroups = null, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default) =>
        GetArtistAlbumsAsync(new GetArtistAlbumsRequest(id) { IncludeGroups = includeGroups is null ? null : [.. includeGroups], Limit = limit, Offset = offset, Market = market }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ArtistDiscographyAlbum> EnumerateArtistAlbumsAsync(GetArtistAlbumsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request, SpotifyJsonContext.Default.PageArtistDiscographyAlbum, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetArtistTopTracksRequest, ArtistTopTracks>> GetArtistTopTracksAsync(GetArtistTopTracksRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.ArtistTopTracks, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetArtistTopTracksRequest, ArtistTopTracks>> GetArtistTopTracksAsync(string id, string? market = null, CancellationToken cancellationToken = default) =>
        GetArtistTopTracksAsync(new GetArtistTopTracksRequest(id) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetArtistRelatedArtistsRequest, RelatedArtists>> GetArtistRelatedArtistsAsync(GetArtistRelatedArtistsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.RelatedArtists, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetArtistRelatedArtistsRequest, RelatedArtists>> GetArtistRelatedArtistsAsync(string id, CancellationToken cancellationToken = default) =>
        GetArtistRelatedArtistsAsync(new GetArtistRelatedArtistsRequest(id), cancellationToken);
}
