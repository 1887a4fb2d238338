using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Clients;

/// <summary>The Spotify operations the Web API reference lists under Player: the user's playback: state, devices, queue, recently played and the playback commands.</summary>
/// <remarks>
/// Every method validates its arguments before sending (an invalid one throws <see cref="ArgumentException"/> and
/// nothing is sent) and returns the request, the raw response and the typed data. Errors surface as
/// <see cref="Exceptions.SpotanticException"/> subtypes. Playback commands need a Premium account: Spotify answers
/// 403 with reason <c>PREMIUM_REQUIRED</c> for a free user (see <see cref="Exceptions.SpotifyApiException.Reason"/>),
/// and 404 with reason <c>NO_ACTIVE_DEVICE</c> when no device is active and none is named.
/// </remarks>
public interface IPlayerClient
{
    /// <summary>Gets the user's playback state: device, repeat and shuffle modes, and the playing item (needs <c>user-read-playback-state</c>). When nothing plays Spotify answers 204 and the data is <see langword="null"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playback state, or <see langword="null"/> data when nothing plays.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-information-about-the-users-current-playback"/>.</remarks>
    Task<SpotifyResult<GetPlaybackStateRequest, PlaybackState?>> GetPlaybackStateAsync(GetPlaybackStateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the user's playback state: device, repeat and shuffle modes, and the playing item (needs <c>user-read-playback-state</c>). When nothing plays Spotify answers 204 and the data is <see langword="null"/>.</summary>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="additionalTypes"><c>track</c> and/or <c>episode</c>; without <c>episode</c> a playing episode is left out, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playback state, or <see langword="null"/> data when nothing plays.</returns>
    Task<SpotifyResult<GetPlaybackStateRequest, PlaybackState?>> GetPlaybackStateAsync(string? market = null, IEnumerable<string>? additionalTypes = null, CancellationToken cancellationToken = default);

    /// <summary>Moves the user's playback to another device (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/transfer-a-users-playback"/>.</remarks>
    Task<SpotifyResult<TransferPlaybackRequest>> TransferPlaybackAsync(TransferPlaybackRequest request, CancellationToken cancellationToken = default);

    /// <summary>Moves the user's playback to another device (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="deviceId">The device to move playback to.</param>
    /// <param name="play"><see langword="true"/> to start playing there; otherwise the play or pause state is kept.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<TransferPlaybackRequest>> TransferPlaybackAsync(string deviceId, bool? play = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the user's Spotify Connect devices (needs <c>user-read-playback-state</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The devices.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-users-available-devices"/>.</remarks>
    Task<SpotifyResult<GetAvailableDevicesRequest, AvailableDevices>> GetAvailableDevicesAsync(GetAvailableDevicesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the user's Spotify Connect devices (needs <c>user-read-playback-state</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The devices.</returns>
    Task<SpotifyResult<GetAvailableDevicesRequest, AvailableDevices>> GetAvailableDevicesAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets the item the user is playing and its progress (needs <c>user-read-currently-playing</c> or <c>user-read-playback-state</c>). When nothing plays Spotify answers 204 and the data is <see langword="null"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playing item, or <see langword="null"/> data when nothing plays.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-the-users-currently-playing-track"/>.</remarks>
    Task<SpotifyResult<GetCurrentlyPlayingRequest, CurrentlyPlaying?>> GetCurrentlyPlayingAsync(GetCurrentlyPlayingRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the item the user is playing and its progress (needs <c>user-read-currently-playing</c> or <c>user-read-playback-state</c>). When nothing plays Spotify answers 204 and the data is <see langword="null"/>.</summary>
    /// <param name="market">An ISO 3166-1 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="additionalTypes"><c>track</c> and/or <c>episode</c>; without <c>episode</c> a playing episode is left out, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The playing item, or <see langword="null"/> data when nothing plays.</returns>
    Task<SpotifyResult<GetCurrentlyPlayingRequest, CurrentlyPlaying?>> GetCurrentlyPlayingAsync(string? market = null, IEnumerable<string>? additionalTypes = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a context or a list of items, or resumes playback (needs <c>user-modify-playback-state</c> and Premium). Never retried after a transient fault, since a repeat would restart playback.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/start-a-users-playback"/>.</remarks>
    Task<SpotifyResult<StartPlaybackRequest>> StartPlaybackAsync(StartPlaybackRequest request, CancellationToken cancellationToken = default);

    /// <summary>Starts a context or a list of items, or resumes playback (needs <c>user-modify-playback-state</c> and Premium). Never retried after a transient fault, since a repeat would restart playback.</summary>
    /// <param name="contextUri">The album, artist, playlist, show or audiobook to play, or <see langword="null"/>.</param>
    /// <param name="uris">The tracks or episodes to play (not with <paramref name="contextUri"/>), or <see langword="null"/>.</param>
    /// <param name="offset">Where to start in the context or list, or <see langword="null"/>.</param>
    /// <param name="positionMs">The position in milliseconds to start at, or <see langword="null"/>.</param>
    /// <param name="deviceId">The device to play on, or <see langword="null"/> for the active device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<StartPlaybackRequest>> StartPlaybackAsync(string? contextUri = null, IEnumerable<string>? uris = null, PlaybackOffset? offset = null, int? positionMs = null, string? deviceId = null, CancellationToken cancellationToken = default);

    /// <summary>Pauses the user's playback (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/pause-a-users-playback"/>.</remarks>
    Task<SpotifyResult<PausePlaybackRequest>> PausePlaybackAsync(PausePlaybackRequest request, CancellationToken cancellationToken = default);

    /// <summary>Pauses the user's playback (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="deviceId">The device to command, or <see langword="null"/> for the active device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<PausePlaybackRequest>> PausePlaybackAsync(string? deviceId = null, CancellationToken cancellationToken = default);

    /// <summary>Skips to the next item (needs <c>user-modify-playback-state</c> and Premium). Never retried after a transient fault, since a repeat would skip twice.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/skip-users-playback-to-next-track"/>.</remarks>
    Task<SpotifyResult<SkipToNextRequest>> SkipToNextAsync(SkipToNextRequest request, CancellationToken cancellationToken = default);

    /// <summary>Skips to the next item (needs <c>user-modify-playback-state</c> and Premium). Never retried after a transient fault, since a repeat would skip twice.</summary>
    /// <param name="deviceId">The device to command, or <see langword="null"/> for the active device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<SkipToNextRequest>> SkipToNextAsync(string? deviceId = null, CancellationToken cancellationToken = default);

    /// <summary>Skips to the previous item (needs <c>user-modify-playback-state</c> and Premium). Never retried after a transient fault, since a repeat would skip twice.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/skip-users-playback-to-previous-track"/>.</remarks>
    Task<SpotifyResult<SkipToPreviousRequest>> SkipToPreviousAsync(SkipToPreviousRequest request, CancellationToken cancellationToken = default);

    /// <summary>Skips to the previous item (needs <c>user-modify-playback-state</c> and Premium). Never retried after a transient fault, since a repeat would skip twice.</summary>
    /// <param name="deviceId">The device to command, or <see langword="null"/> for the active device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<SkipToPreviousRequest>> SkipToPreviousAsync(string? deviceId = null, CancellationToken cancellationToken = default);

    /// <summary>Seeks to a position in the playing item (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/seek-to-position-in-currently-playing-track"/>.</remarks>
    Task<SpotifyResult<SeekToPositionRequest>> SeekToPositionAsync(SeekToPositionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Seeks to a position in the playing item (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="positionMs">The position in milliseconds, 0 or more.</param>
    /// <param name="deviceId">The device to command, or <see langword="null"/> for the active device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<SeekToPositionRequest>> SeekToPositionAsync(int positionMs, string? deviceId = null, CancellationToken cancellationToken = default);

    /// <summary>Sets the repeat mode (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/set-repeat-mode-on-users-playback"/>.</remarks>
    Task<SpotifyResult<SetRepeatModeRequest>> SetRepeatModeAsync(SetRepeatModeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets the repeat mode (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="state"><see cref="RepeatState.Track"/>, <see cref="RepeatState.Context"/> or <see cref="RepeatState.Off"/>.</param>
    /// <param name="deviceId">The device to command, or <see langword="null"/> for the active device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<SetRepeatModeRequest>> SetRepeatModeAsync(RepeatState state, string? deviceId = null, CancellationToken cancellationToken = default);

    /// <summary>Sets the volume of the playback device (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/set-volume-for-users-playback"/>.</remarks>
    Task<SpotifyResult<SetPlaybackVolumeRequest>> SetPlaybackVolumeAsync(SetPlaybackVolumeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets the volume of the playback device (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="volumePercent">The volume, 0 to 100.</param>
    /// <param name="deviceId">The device to command, or <see langword="null"/> for the active device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<SetPlaybackVolumeRequest>> SetPlaybackVolumeAsync(int volumePercent, string? deviceId = null, CancellationToken cancellationToken = default);

    /// <summary>Turns shuffle on or off (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/toggle-shuffle-for-users-playback"/>.</remarks>
    Task<SpotifyResult<TogglePlaybackShuffleRequest>> TogglePlaybackShuffleAsync(TogglePlaybackShuffleRequest request, CancellationToken cancellationToken = default);

    /// <summary>Turns shuffle on or off (needs <c>user-modify-playback-state</c> and Premium).</summary>
    /// <param name="state"><see langword="true"/> to shuffle.</param>
    /// <param name="deviceId">The device to command, or <see langword="null"/> for the active device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<TogglePlaybackShuffleRequest>> TogglePlaybackShuffleAsync(bool state, string? deviceId = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one cursor page of the tracks the user played recently, newest first (needs <c>user-read-recently-played</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-recently-played"/>.</remarks>
    Task<SpotifyResult<GetRecentlyPlayedRequest, CursorPage<PlayHistory>>> GetRecentlyPlayedAsync(GetRecentlyPlayedRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets one cursor page of the tracks the user played recently, newest first (needs <c>user-read-recently-played</c>).</summary>
    /// <param name="limit">The page size, 1 to 50, or <see langword="null"/> for Spotify's default (20).</param>
    /// <param name="after">Only items played after this Unix time in milliseconds, or <see langword="null"/>.</param>
    /// <param name="before">Only items played before this Unix time in milliseconds (not with <paramref name="after"/>), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<SpotifyResult<GetRecentlyPlayedRequest, CursorPage<PlayHistory>>> GetRecentlyPlayedAsync(int? limit = null, long? after = null, long? before = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Walks the user's recently played tracks, newest first, following Spotify's <c>next</c> links (which carry the
    /// <c>before</c> cursor) page by page (needs <c>user-read-recently-played</c>).
    /// </summary>
    /// <param name="request">The first page's request (its <c>Limit</c> is the page size), or <see langword="null"/> for pages of 50.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The play history entries.</returns>
    IAsyncEnumerable<PlayHistory> EnumerateRecentlyPlayedAsync(GetRecentlyPlayedRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the playing item and the user's queue (needs <c>user-read-currently-playing</c> or <c>user-read-playback-state</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queue.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-queue"/>.</remarks>
    Task<SpotifyResult<GetQueueRequest, QueueState>> GetQueueAsync(GetQueueRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the playing item and the user's queue (needs <c>user-read-currently-playing</c> or <c>user-read-playback-state</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queue.</returns>
    Task<SpotifyResult<GetQueueRequest, QueueState>> GetQueueAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a track or episode to the end of the user's queue (needs <c>user-modify-playback-state</c> and Premium). Never retried after a transient fault, since a repeat would queue the item twice.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    /// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/add-to-queue"/>.</remarks>
    Task<SpotifyResult<AddToQueueRequest>> AddToQueueAsync(AddToQueueRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds a track or episode to the end of the user's queue (needs <c>user-modify-playback-state</c> and Premium). Never retried after a transient fault, since a repeat would queue the item twice.</summary>
    /// <param name="uri">The track or episode URI.</param>
    /// <param name="deviceId">The device to command, or <see langword="null"/> for the active device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, without data.</returns>
    Task<SpotifyResult<AddToQueueRequest>> AddToQueueAsync(string uri, string? deviceId = null, CancellationToken cancellationToken = default);
}
