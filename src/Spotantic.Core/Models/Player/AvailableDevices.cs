namespace Spotantic.Models;

/// <summary>
/// The response of a request for the user's available devices.
/// </summary>
/// <remarks>
/// Spotify's <c>ManyDevices</c> response. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-users-available-devices">the Spotify Web API reference</see>.
/// </remarks>
public sealed record AvailableDevices
{
    /// <summary>Gets the devices; empty when none is available.</summary>
    public IReadOnlyList<Device> Devices { get; init => field = value ?? []; } = [];
}
