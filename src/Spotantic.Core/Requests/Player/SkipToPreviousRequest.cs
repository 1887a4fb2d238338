using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Skips to the previous item in the user's playback (<c>POST /me/player/previous</c>, operation <c>skip-users-playback-to-previous-track</c>).</summary>
/// <remarks>
/// Needs <c>user-modify-playback-state</c> and a Premium account: Spotify answers 403 with reason
/// <c>PREMIUM_REQUIRED</c> for a free user, and 404 with reason <c>NO_ACTIVE_DEVICE</c> when no device is active and
/// <see cref="DeviceId"/> is not set. Not idempotent: a repeated request skips twice, so it is never retried after a transient fault. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/skip-users-playback-to-previous-track"/>.
/// </remarks>
public sealed record SkipToPreviousRequest : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("skip-users-playback-to-previous-track", HttpMethod.Post, "/me/player/previous", ScopeRequirement.AllOf(SpotifyScopes.UserModifyPlaybackState), isIdempotent: false);

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
        new QueryStringBuilder("me/player/previous").Query("device_id", DeviceId).ToString();
}
