using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="IAudiobooksClient"/> over the shared connection.</summary>
internal sealed class AudiobooksClient(SpotifyApiConnection connection) : IAudiobooksClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetAudiobookRequest, Audiobook>> GetAudiobookAsync(string id, string? market = null, CancellationToken cancellationToken = default) =>
        GetAudiobookAsync(new GetAudiobookRequest(id) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAudiobookRequest, Audiobook>> GetAudiobookAsync(GetAudiobookRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Audiobook, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralAudiobooksRequest, SeveralAudiobooks>> GetSeveralAudiobooksAsync(GetSeveralAudiobooksRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, SpotifyJsonContext.Default.SeveralAudiobooks, static chunks => chunks.Count == 1 ? chunks[0] : new SeveralAudiobooks { Audiobooks = [.. chunks.SelectMany(chunk => chunk.Audiobooks)] }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralAudiobooksRequest, SeveralAudiobooks>> GetSeveralAudiobooksAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default) =>
        GetSeveralAudiobooksAsync(new GetSeveralAudiobooksRequest(ClientArguments.ToArray(ids, nameof(ids))) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAudiobookChaptersRequest, Page<SimplifiedChapter>>> GetAudiobookChaptersAsync(GetAudiobookChaptersRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageSimplifiedChapter, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAudiobookChaptersRequest, Page<SimplifiedChapter>>> GetAudiobookChaptersAsync(string id, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default) =>
        GetAudiobookChaptersAsync(new GetAudiobookChaptersRequest(id) { Limit = limit, Offset = offset, Market = market }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedChapter> EnumerateAudiobookChaptersAsync(GetAudiobookChaptersRequest request, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request, SpotifyJsonContext.Default.PageSimplifiedChapter, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserSavedAudiobooksRequest, Page<SavedAudiobook>>> GetUserSavedAudiobooksAsync(GetUserSavedAudiobooksRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageSavedAudiobook, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserSavedAudiobooksRequest, Page<SavedAudiobook>>> GetUserSavedAudiobooksAsync(int? limit = null, int? offset = null, CancellationToken cancellationToken = default) =>
        GetUserSavedAudiobooksAsync(new GetUserSavedAudiobooksRequest { Limit = limit, Offset = offset }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SavedAudiobook> EnumerateUserSavedAudiobooksAsync(GetUserSavedAudiobooksRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetUserSavedAudiobooksRequest { Limit = GetUserSavedAudiobooksRequest.MaxLimit }, SpotifyJsonContext.Default.PageSavedAudiobook, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveAudiobooksForUserRequest>> SaveAudiobooksForUserAsync(SaveAudiobooksForUserRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveAudiobooksForUserRequest>> SaveAudiobooksForUserAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        SaveAudiobooksForUserAsync(new SaveAudiobooksForUserRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveUserSavedAudiobooksRequest>> RemoveUserSavedAudiobooksAsync(RemoveUserSavedAudiobooksRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveUserSavedAudiobooksRequest>> RemoveUserSavedAudiobooksAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        RemoveUserSavedAudiobooksAsync(new RemoveUserSavedAudiobooksRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserSavedAudiobooksRequest, IReadOnlyList<bool>>> CheckUserSavedAudiobooksAsync(CheckUserSavedAudiobooksRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendContainsAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserSavedAudiobooksRequest, IReadOnlyList<bool>>> CheckUserSavedAudiobooksAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        CheckUserSavedAudiobooksAsync(new CheckUserSavedAudiobooksRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);
}
