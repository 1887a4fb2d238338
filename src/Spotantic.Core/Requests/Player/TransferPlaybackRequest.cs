using System.Net.Http.Json;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Requests;

/// <summary>Moves the user's playback to another device (<c>PUT /me/player</c>, operation <c>transfer-a-users-playback</c>).</summary>
/// <param name="DeviceIds">The device to move playback to: Spotify takes exactly one ID (more is a 400).</param>
/// <remarks>
/// Needs <c>user-modify-playback-state</c> and a Premium account: Spotify answers 403 with reason
/// <c>PREMIUM_REQUIRED</c> for a free user. Idempotent: moving to the same device twice leaves the same state. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/transfer-a-users-playback"/>.
/// </remarks>
public sealed record TransferPlaybackRequest(IReadOnlyList<string> DeviceIds) : SpotifyRequest
{
    /// <summary>The most device IDs Spotify accepts.</summary>
    public const int MaxIds = 1;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("transfer-a-users-playback", HttpMethod.Put, "/me/player", ScopeRequirement.AllOf(SpotifyScopes.UserModifyPlaybackState), isIdempotent: true);

    /// <summary>
    /// <see langword="true"/> to start playing on the new device; <see langword="false"/> or <see langword="null"/>
    /// (left out of the body) to keep the current play or pause state.
    /// </summary>
    public bool? Play { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        if (DeviceIds is null)
        {
            throw new ArgumentNullException(nameof(DeviceIds), $"'{nameof(DeviceIds)}' is required: exactly one device ID.");
        }

        if (DeviceIds.Count != MaxIds)
        {
            throw new ArgumentOutOfRangeException(nameof(DeviceIds), DeviceIds.Count, $"'{nameof(DeviceIds)}' takes exactly one device ID; got {DeviceIds.Count}.");
        }

        if (DeviceIds[0] is null || !PlayerArguments.IsDeviceId(DeviceIds[0]))
        {
            throw new ArgumentException($"'{nameof(DeviceIds)}[0]' must be a Spotify Connect device ID; got {PlayerArguments.Describe(DeviceIds[0])}.", nameof(DeviceIds));
        }
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => "me/player";

    /// <inheritdoc />
    internal override HttpContent? BuildContent() =>
        JsonContent.Create(new TransferPlaybackBody { DeviceIds = DeviceIds, Play = Play }, SpotifyJsonContext.Default.TransferPlaybackBody);
}
