namespace Spotantic.Models;

/// <summary>
/// The request body of transferring playback to another device.
/// </summary>
/// <remarks>
/// Used by <c>transfer-a-users-playback</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/transfer-a-users-playback">the Spotify Web API reference</see>.
/// </remarks>
public sealed record TransferPlaybackBody
{
    /// <summary>Gets the ID of the device to transfer playback to; Spotify accepts exactly one ID.</summary>
    public required IReadOnlyList<string> DeviceIds { get; init; }

    /// <summary>
    /// Gets whether playback starts on the new device (<see langword="true"/>), or keeps its current state
    /// (<see langword="false"/> or <see langword="null"/>, which omits the field).
    /// </summary>
    public bool? Play { get; init; }
}
