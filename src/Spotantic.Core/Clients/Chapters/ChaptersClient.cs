using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="IChaptersClient"/> over the shared connection.</summary>
internal sealed class ChaptersClient(SpotifyApiConnection connection) : IChaptersClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetChapterRequest, Chapter>> GetChapterAsync(string id, string? market = null, CancellationToken cancellationToken = default) =>
        GetChapterAsync(new GetChapterRequest(id) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetChapterRequest, Chapter>> GetChapterAsync(GetChapterRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Chapter, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralChaptersRequest, SeveralChapters>> GetSeveralChaptersAsync(GetSeveralChaptersRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, SpotifyJsonContext.Default.SeveralChapters, static chunks => chunks.Count == 1 ? chunks[0] : new SeveralChapters { Chapters = [.. chunks.SelectMany(chunk => chunk.Chapters)] }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralChaptersRequest, SeveralChapters>> GetSeveralChaptersAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default) =>
        GetSeveralChaptersAsync(new GetSeveralChaptersRequest(ClientArguments.ToArray(ids, nameof(ids))) { Market = market }, cancellationToken);
}
