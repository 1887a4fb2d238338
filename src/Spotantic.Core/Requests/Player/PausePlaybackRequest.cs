using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Pauses the user's playback (<c>PUT /me/player/pause</c>, operation <c>pause-a-users-playback</c>).</summary>
/// <remarks>
/// Needs <c>user-modify-playback-state</c> and a Premium account: Spotify answers 403 with reason
/// <c>PREMIUM_REQUIRED</c> for a free user, and 404 with reason <c>NO_ACTIVE_DEVICE</c> when no device is active and
/// <see cref="DeviceId"/> is not set. Pausing again is harmless to retry (Spotify may answer 403 when already paused). See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/pause-a-users-playback"/>.
/// </remarks>
public sealed record PausePlaybackRequest : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("pause-a-users-playback", HttpMethod.Put, "/me/player/pause", ScopeRequirement.AllOf(SpotifyScopes.UserModifyPlaybackState), isIdempotent: true);

    /// <summary>The device to command; <see langword="null"/> for the user's active device.</summary>
    public string? DeviceId { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        PlayerArguments.DeviceId(DeviceId, nameof(DeviceId));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/player/pause").Query("device_id", DeviceId).ToString();
}
