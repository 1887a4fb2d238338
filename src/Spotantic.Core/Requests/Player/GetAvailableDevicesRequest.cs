using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Gets the user's Spotify Connect devices (<c>GET /me/player/devices</c>, operation <c>get-a-users-available-devices</c>).</summary>
/// <remarks>
/// Needs <c>user-read-playback-state</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-users-available-devices"/>.
/// </remarks>
public sealed record GetAvailableDevicesRequest : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-a-users-available-devices", HttpMethod.Get, "/me/player/devices", ScopeRequirement.AllOf(SpotifyScopes.UserReadPlaybackState), isIdempotent: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => "me/player/devices";
}
