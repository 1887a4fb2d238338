using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="IShowsClient"/> over the shared connection.</summary>
internal sealed class ShowsClient(SpotifyApiConnection connection) : IShowsClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetShowRequest, Show>> GetShowAsync(string id, string? market = null, CancellationToken cancellationToken = default) =>
        GetShowAsync(new GetShowRequest(id) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetShowRequest, Show>> GetShowAsync(GetShowRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Show, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralShowsRequest, SeveralShows>> GetSeveralShowsAsync(GetSeveralShowsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, SpotifyJsonContext.Default.SeveralShows, static chunks => chunks.Count == 1 ? chunks[0] : new SeveralShows { Shows = [.. chunks.SelectMany(chunk => chunk.Shows)] }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralShowsRequest, SeveralShows>> GetSeveralShowsAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default) =>
        GetSeveralShowsAsync(new GetSeveralShowsRequest(ClientArguments.ToArray(ids, nameof(ids))) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetShowEpisodesRequest, Page<SimplifiedEpisode>>> GetShowEpisodesAsync(GetShowEpisodesRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageSimplifiedEpisode, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetShowEpisodesRequest, Page<SimplifiedEpisode>>> GetShowEpisodesAsync(string id, int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default) =>
        GetShowEpisodesAsync(new GetShowEpisodesRequest(id) { Limit = limit, Offset = offset, Market = market }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SimplifiedEpisode> EnumerateShowEpisodesAsync(GetShowEpisodesRequest request, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request, SpotifyJsonContext.Default.PageSimplifiedEpisode, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserSavedShowsRequest, Page<SavedShow>>> GetUserSavedShowsAsync(GetUserSavedShowsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageSavedShow, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserSavedShowsRequest, Page<SavedShow>>> GetUserSavedShowsAsync(int? limit = null, int? offset = null, CancellationToken cancellationToken = default) =>
        GetUserSavedShowsAsync(new GetUserSavedShowsRequest { Limit = limit, Offset = offset }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SavedShow> EnumerateUserSavedShowsAsync(GetUserSavedShowsRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetUserSavedShowsRequest { Limit = GetUserSavedShowsRequest.MaxLimit }, SpotifyJsonContext.Default.PageSavedShow, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveShowsForUserRequest>> SaveShowsForUserAsync(SaveShowsForUserRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveShowsForUserRequest>> SaveShowsForUserAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        SaveShowsForUserAsync(new SaveShowsForUserRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveUserSavedShowsRequest>> RemoveUserSavedShowsAsync(RemoveUserSavedShowsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveUserSavedShowsRequest>> RemoveUserSavedShowsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        RemoveUserSavedShowsAsync(new RemoveUserSavedShowsRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserSavedShowsRequest, IReadOnlyList<bool>>> CheckUserSavedShowsAsync(CheckUserSavedShowsRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendContainsAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserSavedShowsRequest, IReadOnlyList<bool>>> CheckUserSavedShowsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        CheckUserSavedShowsAsync(new CheckUserSavedShowsRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);
}
