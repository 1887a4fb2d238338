namespace Spotantic.Models;

/// <summary>
/// A Spotify Connect device the user can play on.
/// </summary>
/// <remarks>
/// Corresponds to Spotify's <c>DeviceObject</c>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-users-available-devices">the Spotify Web API reference</see>.
/// </remarks>
public sealed record Device
{
    /// <summary>Gets a shared empty instance, used when Spotify omits the field; instances are immutable.</summary>
    internal static Device Empty { get; } = new();

    /// <summary>
    /// Gets the device ID, or <see langword="null"/> when Spotify sends none. It is only persistent to some extent, so
    /// refresh cached IDs periodically.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>Gets whether this is the currently active device.</summary>
    public bool IsActive { get; init; }

    /// <summary>Gets whether the device is in a private session.</summary>
    public bool IsPrivateSession { get; init; }

    /// <summary>Gets whether controlling the device is restricted; when <see langword="true"/> it accepts no Web API commands.</summary>
    public bool IsRestricted { get; init; }

    /// <summary>Gets the human-readable name of the device, for example <c>Kitchen speaker</c>.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>Gets the type of the device, for example <see cref="DeviceType.Computer"/>.</summary>
    public DeviceType Type { get; init; }

    /// <summary>Gets the current volume in percent (0 to 100), or <see langword="null"/> when unknown.</summary>
    public int? VolumePercent { get; init; }

    /// <summary>
    /// Gets whether the device's volume can be set, or <see langword="null"/> when Spotify leaves the field out, as responses
    /// from before it was documented (2023) do.
    /// </summary>
    public bool? SupportsVolume { get; init; }
}
