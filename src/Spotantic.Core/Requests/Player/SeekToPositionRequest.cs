using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Seeks to a position in the playing item (<c>PUT /me/player/seek</c>, operation <c>seek-to-position-in-currently-playing-track</c>).</summary>
/// <param name="PositionMs">The position in milliseconds, 0 or more; past the item's end the next item plays.</param>
/// <remarks>
/// Needs <c>user-modify-playback-state</c> and a Premium account: Spotify answers 403 with reason
/// <c>PREMIUM_REQUIRED</c> for a free user, and 404 with reason <c>NO_ACTIVE_DEVICE</c> when no device is active and
/// <see cref="DeviceId"/> is not set. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/seek-to-position-in-currently-playing-track"/>.
/// </remarks>
public sealed record SeekToPositionRequest(int PositionMs) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("seek-to-position-in-currently-playing-track", HttpMethod.Put, "/me/player/seek", ScopeRequirement.AllOf(SpotifyScopes.UserModifyPlaybackState), isIdempotent: true);

    /// <summary>The device to command; <see langword="null"/> for the user's active device.</summary>
    public string? DeviceId { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Offset(PositionMs, nameof(PositionMs));
        PlayerArguments.DeviceId(DeviceId, nameof(DeviceId));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/player/seek").Query("position_ms", PositionMs).Query("device_id", DeviceId).ToString();
}
