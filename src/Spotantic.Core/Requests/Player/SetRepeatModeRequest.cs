using Spotantic.Http;
using Spotantic.Models;

namespace Spotantic.Requests;

/// <summary>Sets the repeat mode of the user's playback (<c>PUT /me/player/repeat</c>, operation <c>set-repeat-mode-on-users-playback</c>).</summary>
/// <param name="State">The mode: <see cref="RepeatState.Track"/>, <see cref="RepeatState.Context"/> or <see cref="RepeatState.Off"/>.</param>
/// <remarks>
/// Needs <c>user-modify-playback-state</c> and a Premium account: Spotify answers 403 with reason
/// <c>PREMIUM_REQUIRED</c> for a free user, and 404 with reason <c>NO_ACTIVE_DEVICE</c> when no device is active and
/// <see cref="DeviceId"/> is not set. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/set-repeat-mode-on-users-playback"/>.
/// </remarks>
public sealed record SetRepeatModeRequest(RepeatState State) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("set-repeat-mode-on-users-playback", HttpMethod.Put, "/me/player/repeat", ScopeRequirement.AllOf(SpotifyScopes.UserModifyPlaybackState), isIdempotent: true);

    /// <summary>The device to command; <see langword="null"/> for the user's active device.</summary>
    public string? DeviceId { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        if (State != RepeatState.Track && State != RepeatState.Context && State != RepeatState.Off)
        {
            throw new ArgumentException($"'{nameof(State)}' must be track, context or off; got {PlayerArguments.Describe(State.Value)}.", nameof(State));
        }

        PlayerArguments.DeviceId(DeviceId, nameof(DeviceId));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/player/repeat").Query("state", State.Value).Query("device_id", DeviceId).ToString();
}
