using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Adds a track or episode to the end of the user's queue (<c>POST /me/player/queue</c>, operation <c>add-to-queue</c>).</summary>
/// <param name="Uri">The Spotify URI of a track or episode, e.g. <c>spotify:track:4iV5W9uYEdYUVa79Axb7Rh</c>.</param>
/// <remarks>
/// Needs <c>user-modify-playback-state</c> and a Premium account: Spotify answers 403 with reason
/// <c>PREMIUM_REQUIRED</c> for a free user, and 404 with reason <c>NO_ACTIVE_DEVICE</c> when no device is active and
/// <see cref="DeviceId"/> is not set. Not idempotent: a repeated request queues the item twice, so it is never retried after a transient fault. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/add-to-queue"/>.
/// </remarks>
public sealed record AddToQueueRequest(string Uri) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("add-to-queue", HttpMethod.Post, "/me/player/queue", ScopeRequirement.AllOf(SpotifyScopes.UserModifyPlaybackState), isIdempotent: false);

    /// <summary>The device to command; <see langword="null"/> for the user's active device.</summary>
    public string? DeviceId { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        PlayerArguments.Uri(Uri, PlayerArguments.PlayableTypes, nameof(Uri));
        PlayerArguments.DeviceId(DeviceId, nameof(DeviceId));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/player/queue").Query("uri", Uri).Query("device_id", DeviceId).ToString();
}
