using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Requests;
using Spotantic.Serialization;

namespace Spotantic.Clients;

/// <summary>The <see cref="IPlayerClient"/> over the shared connection.</summary>
internal sealed class PlayerClient(SpotifyApiConnection connection) : IPlayerClient
{
    /// <inheritdoc />
    public Task<SpotifyResult<GetPlaybackStateRequest, PlaybackState?>> GetPlaybackStateAsync(GetPlaybackStateRequest request, CancellationToken cancellationToken = default) =>
        connection.SendOptionalAsync(request, SpotifyJsonContext.Default.PlaybackState, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetPlaybackStateRequest, PlaybackState?>> GetPlaybackStateAsync(string? market = null, IEnumerable<string>? additionalTypes = null, CancellationToken cancellationToken = default) =>
        GetPlaybackStateAsync(new GetPlaybackStateRequest { Market = market, AdditionalTypes = additionalTypes is null ? null : ClientArguments.ToArray(additionalTypes, nameof(additionalTypes)) }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<TransferPlaybackRequest>> TransferPlaybackAsync(TransferPlaybackRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<TransferPlaybackRequest>> TransferPlaybackAsync(string deviceId, bool? play = null, CancellationToken cancellationToken = default) =>
        TransferPlaybackAsync(new TransferPlaybackRequest([deviceId]) { Play = play }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAvailableDevicesRequest, AvailableDevices>> GetAvailableDevicesAsync(GetAvailableDevicesRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.AvailableDevices, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetAvailableDevicesRequest, AvailableDevices>> GetAvailableDevicesAsync(CancellationToken cancellationToken = default) =>
        GetAvailableDevicesAsync(new GetAvailableDevicesRequest(), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetCurrentlyPlayingRequest, CurrentlyPlaying?>> GetCurrentlyPlayingAsync(GetCurrentlyPlayingRequest request, CancellationToken cancellationToken = default) =>
        connection.SendOptionalAsync(request, SpotifyJsonContext.Default.CurrentlyPlaying, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetCurrentlyPlayingRequest, CurrentlyPlaying?>> GetCurrentlyPlayingAsync(string? market = null, IEnumerable<string>? additionalTypes = null, CancellationToken cancellationToken = default) =>
        GetCurrentlyPlayingAsync(new GetCurrentlyPlayingRequest { Market = market, AdditionalTypes = additionalTypes is null ? null : ClientArguments.ToArray(additionalTypes, nameof(additionalTypes)) }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<StartPlaybackRequest>> StartPlaybackAsync(StartPlaybackRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<StartPlaybackRequest>> StartPlaybackAsync(string? contextUri = null, IEnumerable<string>? uris = null, PlaybackOffset? offset = null, int? positionMs = null, string? deviceId = null, CancellationToken cancellationToken = default) =>
        StartPlaybackAsync(new StartPlaybackRequest { ContextUri = contextUri, Uris = uris is null ? null : ClientArguments.ToArray(uris, nameof(uris)), Offset = offset, PositionMs = positionMs, DeviceId = deviceId }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<PausePlaybackRequest>> PausePlaybackAsync(PausePlaybackRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<PausePlaybackRequest>> PausePlaybackAsync(string? deviceId = null, CancellationToken cancellationToken = default) =>
        PausePlaybackAsync(new PausePlaybackRequest { DeviceId = deviceId }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SkipToNextRequest>> SkipToNextAsync(SkipToNextRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SkipToNextRequest>> SkipToNextAsync(string? deviceId = null, CancellationToken cancellationToken = default) =>
        SkipToNextAsync(new SkipToNextRequest { DeviceId = deviceId }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SkipToPreviousRequest>> SkipToPreviousAsync(SkipToPreviousRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SkipToPreviousRequest>> SkipToPreviousAsync(string? deviceId = null, CancellationToken cancellationToken = default) =>
        SkipToPreviousAsync(new SkipToPreviousRequest { DeviceId = deviceId }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SeekToPositionRequest>> SeekToPositionAsync(SeekToPositionRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SeekToPositionRequest>> SeekToPositionAsync(int positionMs, string? deviceId = null, CancellationToken cancellationToken = default) =>
        SeekToPositionAsync(new SeekToPositionRequest(positionMs) { DeviceId = deviceId }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SetRepeatModeRequest>> SetRepeatModeAsync(SetRepeatModeRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SetRepeatModeRequest>> SetRepeatModeAsync(RepeatState state, string? deviceId = null, CancellationToken cancellationToken = default) =>
        SetRepeatModeAsync(new SetRepeatModeRequest(state) { DeviceId = deviceId }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SetPlaybackVolumeRequest>> SetPlaybackVolumeAsync(SetPlaybackVolumeRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<SetPlaybackVolumeRequest>> SetPlaybackVolumeAsync(int volumePercent, string? deviceId = null, CancellationToken cancellationToken = default) =>
        SetPlaybackVolumeAsync(new SetPlaybackVolumeRequest(volumePercent) { DeviceId = deviceId }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<TogglePlaybackShuffleRequest>> TogglePlaybackShuffleAsync(TogglePlaybackShuffleRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<TogglePlaybackShuffleRequest>> TogglePlaybackShuffleAsync(bool state, string? deviceId = null, CancellationToken cancellationToken = default) =>
        TogglePlaybackShuffleAsync(new TogglePlaybackShuffleRequest(state) { DeviceId = deviceId }, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetRecentlyPlayedRequest, CursorPage<PlayHistory>>> GetRecentlyPlayedAsync(GetRecentlyPlayedRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.CursorPagePlayHistory, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetRecentlyPlayedRequest, CursorPage<PlayHistory>>> GetRecentlyPlayedAsync(int? limit = null, long? after = null, long? before = null, CancellationToken cancellationToken = default) =>
        GetRecentlyPlayedAsync(new GetRecentlyPlayedRequest { Limit = limit, After = after, Before = before }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<PlayHistory> EnumerateRecentlyPlayedAsync(GetRecentlyPlayedRequest? request = null, CancellationToken cancellationToken = default) =>
        SpotifyPaging.EnumerateAsync(connection, request ?? new GetRecentlyPlayedRequest { Limit = GetRecentlyPlayedRequest.MaxLimit }, SpotifyJsonContext.Default.CursorPagePlayHistory, static page => (page.Items, page.Next), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetQueueRequest, QueueState>> GetQueueAsync(GetQueueRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, SpotifyJsonContext.Default.QueueState, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<GetQueueRequest, QueueState>> GetQueueAsync(CancellationToken cancellationToken = default) =>
        GetQueueAsync(new GetQueueRequest(), cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<AddToQueueRequest>> AddToQueueAsync(AddToQueueRequest request, CancellationToken cancellationToken = default) =>
        connection.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SpotifyResult<AddToQueueRequest>> AddToQueueAsync(string uri, string? deviceId = null, CancellationToken cancellationToken = default) =>
        AddToQueueAsync(new AddToQueueRequest(uri) { DeviceId = deviceId }, cancellationToken);
}
