using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Sets the volume of the user's playback device (<c>PUT /me/player/volume</c>, operation <c>set-volume-for-users-playback</c>).</summary>
/// <param name="VolumePercent">The volume, 0 to 100.</param>
/// <remarks>
/// Needs <c>user-modify-playback-state</c> and a Premium account: Spotify answers 403 with reason
/// <c>PREMIUM_REQUIRED</c> for a free user, and 404 with reason <c>NO_ACTIVE_DEVICE</c> when no device is active and
/// <see cref="DeviceId"/> is not set. A device that does not support volume control answers 403. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/set-volume-for-users-playback"/>.
/// </remarks>
public sealed record SetPlaybackVolumeRequest(int VolumePercent) : SpotifyRequest
{
    /// <summary>The lowest volume Spotify accepts.</summary>
    public const int MinVolume = 0;

    /// <summary>The highest volume Spotify accepts.</summary>
    public const int MaxVolume = 100;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("set-volume-for-users-playback", HttpMethod.Put, "/me/player/volume", ScopeRequirement.AllOf(SpotifyScopes.UserModifyPlaybackState), isIdempotent: true);

    /// <summary>The device to command; <see langword="null"/> for the user's active device.</summary>
    public string? DeviceId { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Range(VolumePercent, MinVolume, MaxVolume, nameof(VolumePercent));
        PlayerArguments.DeviceId(DeviceId, nameof(DeviceId));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/player/volume").Query("volume_percent", VolumePercent).Query("device_id", DeviceId).ToString();
}
