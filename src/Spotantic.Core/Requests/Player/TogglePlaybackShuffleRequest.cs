using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Turns shuffle on or off for the user's playback (<c>PUT /me/player/shuffle</c>, operation <c>toggle-shuffle-for-users-playback</c>).</summary>
/// <param name="State"><see langword="true"/> to shuffle, <see langword="false"/> to play in order.</param>
/// <remarks>
/// Needs <c>user-modify-playback-state</c> and a Premium account: Spotify answers 403 with reason
/// <c>PREMIUM_REQUIRED</c> for a free user, and 404 with reason <c>NO_ACTIVE_DEVICE</c> when no device is active and
/// <see cref="DeviceId"/> is not set. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/toggle-shuffle-for-users-playback"/>.
/// </remarks>
public sealed record TogglePlaybackShuffleRequest(bool State) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("toggle-shuffle-for-users-playback", HttpMethod.Put, "/me/player/shuffle", ScopeRequirement.AllOf(SpotifyScopes.UserModifyPlaybackState), isIdempotent: true);

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
        new QueryStringBuilder("me/player/shuffle").Query("state", State ? "true" : "false").Query("device_id", DeviceId).ToString();
}
