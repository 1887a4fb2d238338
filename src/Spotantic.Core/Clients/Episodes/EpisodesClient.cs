using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="IEpisodesClient"/> over the shared connection.</summary>
internal sealed class EpisodesClient(SpotifyApiConnection connection) : IEpisodesClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetEpisodeRequest, Episode>> GetEpisodeAsync(string id, string? market = null, CancellationToken cancellationToken = default) =>
        GetEpisodeAsync(new GetEpisodeRequest(id) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetEpisodeRequest, Episode>> GetEpisodeAsync(GetEpisodeRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Episode, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralEpisodesRequest, SeveralEpisodes>> GetSeveralEpisodesAsync(GetSeveralEpisodesRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, SpotifyJsonContext.Default.SeveralEpisodes, static chunks => chunks.Count == 1 ? chunks[0] : new SeveralEpisodes { Episodes = [.. chunks.SelectMany(chunk => chunk.Episodes)] }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralEpisodesRequest, SeveralEpisodes>> GetSeveralEpisodesAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default) =>
        GetSeveralEpisodesAsync(new GetSeveralEpisodesRequest(ClientArguments.ToArray(ids, nameof(ids))) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserSavedEpisodesRequest, Page<SavedEpisode>>> GetUserSavedEpisodesAsync(GetUserSavedEpisodesRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageSavedEpisode, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserSavedEpisodesRequest, Page<SavedEpisode>>> GetUserSavedEpisodesAsync(int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default) =>
        GetUserSavedEpisodesAsync(new GetUserSavedEpisodesRequest { Limit = limit, Offset = offset, Market = market }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SavedEpisode> EnumerateUserSavedEpisodesAsync(GetUserSavedEpisodesRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetUserSavedEpisodesRequest { Limit = GetUserSavedEpisodesRequest.MaxLimit }, SpotifyJsonContext.Default.PageSavedEpisode, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveEpisodesForUserRequest>> SaveEpisodesForUserAsync(SaveEpisodesForUserRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveEpisodesForUserRequest>> SaveEpisodesForUserAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        SaveEpisodesForUserAsync(new SaveEpisodesForUserRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveUserSavedEpisodesRequest>> RemoveUserSavedEpisodesAsync(RemoveUserSavedEpisodesRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveUserSavedEpisodesRequest>> RemoveUserSavedEpisodesAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        RemoveUserSavedEpisodesAsync(new RemoveUserSavedEpisodesRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserSavedEpisodesRequest, IReadOnlyList<bool>>> CheckUserSavedEpisodesAsync(CheckUserSavedEpisodesRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendContainsAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserSavedEpisodesRequest, IReadOnlyList<bool>>> CheckUserSavedEpisodesAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        CheckUserSavedEpisodesAsync(new CheckUserSavedEpisodesRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);
}
