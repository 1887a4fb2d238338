using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="ITracksClient"/> over the shared connection.</summary>
internal sealed class TracksClient(SpotifyApiConnection connection) : ITracksClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetTrackRequest, Track>> GetTrackAsync(string id, string? market = null, CancellationToken cancellationToken = default) =>
        GetTrackAsync(new GetTrackRequest(id) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetTrackRequest, Track>> GetTrackAsync(GetTrackRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Track, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralTracksRequest, SeveralTracks>> GetSeveralTracksAsync(GetSeveralTracksRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, SpotifyJsonContext.Default.SeveralTracks, static chunks => chunks.Count == 1 ? chunks[0] : new SeveralTracks { Tracks = [.. chunks.SelectMany(chunk => chunk.Tracks)] }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralTracksRequest, SeveralTracks>> GetSeveralTracksAsync(IEnumerable<string> ids, string? market = null, CancellationToken cancellationToken = default) =>
        GetSeveralTracksAsync(new GetSeveralTracksRequest(ClientArguments.ToArray(ids, nameof(ids))) { Market = market }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserSavedTracksRequest, Page<SavedTrack>>> GetUserSavedTracksAsync(GetUserSavedTracksRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.PageSavedTrack, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetUserSavedTracksRequest, Page<SavedTrack>>> GetUserSavedTracksAsync(int? limit = null, int? offset = null, string? market = null, CancellationToken cancellationToken = default) =>
        GetUserSavedTracksAsync(new GetUserSavedTracksRequest { Limit = limit, Offset = offset, Market = market }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SavedTrack> EnumerateUserSavedTracksAsync(GetUserSavedTracksRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetUserSavedTracksRequest { Limit = GetUserSavedTracksRequest.MaxLimit }, SpotifyJsonContext.Default.PageSavedTrack, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveTracksForUserRequest>> SaveTracksForUserAsync(SaveTracksForUserRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveTracksForUserRequest>> SaveTracksForUserAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        SaveTracksForUserAsync(new SaveTracksForUserRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SaveTracksForUserRequest>> SaveTracksForUserAsync(IEnumerable<TimestampedId> timestampedIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timestampedIds);
        TimestampedId[] entries = [.. timestampedIds];
        return SaveTracksForUserAsync(new SaveTracksForUserRequest(entries), cancellationToken);
    }

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveUserSavedTracksRequest>> RemoveUserSavedTracksAsync(RemoveUserSavedTracksRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<RemoveUserSavedTracksRequest>> RemoveUserSavedTracksAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        RemoveUserSavedTracksAsync(new RemoveUserSavedTracksRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserSavedTracksRequest, IReadOnlyList<bool>>> CheckUserSavedTracksAsync(CheckUserSavedTracksRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendContainsAsync(connection, request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<CheckUserSavedTracksRequest, IReadOnlyList<bool>>> CheckUserSavedTracksAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        CheckUserSavedTracksAsync(new CheckUserSavedTracksRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralAudioFeaturesRequest, SeveralAudioFeatures>> GetSeveralAudioFeaturesAsync(GetSeveralAudioFeaturesRequest request, CancellationToken cancellationToken = default) =>
        SpotifyBatching.SendAsync(connection, request, SpotifyJsonContext.Default.SeveralAudioFeatures, static chunks => chunks.Count == 1 ? chunks[0] : new SeveralAudioFeatures { AudioFeatures = [.. chunks.SelectMany(chunk => chunk.AudioFeatures)] }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetSeveralAudioFeaturesRequest, SeveralAudioFeatures>> GetSeveralAudioFeaturesAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        GetSeveralAudioFeaturesAsync(new GetSeveralAudioFeaturesRequest(ClientArguments.ToArray(ids, nameof(ids))), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAudioFeaturesRequest, AudioFeatures>> GetAudioFeaturesAsync(GetAudioFeaturesRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.AudioFeatures, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAudioFeaturesRequest, AudioFeatures>> GetAudioFeaturesAsync(string id, CancellationToken cancellationToken = default) =>
        GetAudioFeaturesAsync(new GetAudioFeaturesRequest(id), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAudioAnalysisRequest, AudioAnalysis>> GetAudioAnalysisAsync(GetAudioAnalysisRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.AudioAnalysis, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAudioAnalysisRequest, AudioAnalysis>> GetAudioAnalysisAsync(string id, CancellationToken cancellationToken = default) =>
        GetAudioAnalysisAsync(new GetAudioAnalysisRequest(id), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetRecommendationsRequest, Recommendations>> GetRecommendationsAsync(GetRecommendationsRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.Recommendations, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetRecommendationsRequest, Recommendations>> GetRecommendationsAsync(IEnumerable<string>? seedArtists = null, IEnumerable<string>? seedGenres = null, IEnumerable<string>? seedTracks = null, int? limit = null, string? market = null, CancellationToken cancellationToken = default) =>
        GetRecommendationsAsync(
            new GetRecommendationsRequest
            {
                SeedArtists = seedArtists is null ? null : [.. seedArtists],
                SeedGenres = seedGenres is null ? null : [.. seedGenres],
                SeedTracks = seedTracks is null ? null : [.. seedTracks],
                Limit = limit,
                Market = market,
            },
            cancellationToken);
}
