using System.Net.Http.Json;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Serialization;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>
/// Starts a new context or list of items, or resumes the current playback (<c>PUT /me/player/play</c>, operation
/// <c>start-a-users-playback</c>).
/// </summary>
/// <remarks>
/// <para>
/// Set <see cref="ContextUri"/> (an album, artist, playlist, show or audiobook) or <see cref="Uris"/> (tracks or
/// episodes), not both; with neither, playback resumes. <see cref="Offset"/> needs one of them and sets either a
/// position or an item URI.
/// </para>
/// <para>
/// Needs <c>user-modify-playback-state</c> and a Premium account: Spotify answers 403 with reason
/// <c>PREMIUM_REQUIRED</c> for a free user, and 404 with reason <c>NO_ACTIVE_DEVICE</c> when no device is active and
/// <see cref="DeviceId"/> is not set. Not idempotent: a repeated request restarts playback from the start position,
/// so it is never retried after a transient fault. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/start-a-users-playback"/>.
/// </para>
/// </remarks>
public sealed record StartPlaybackRequest : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("start-a-users-playback", HttpMethod.Put, "/me/player/play", ScopeRequirement.AllOf(SpotifyScopes.UserModifyPlaybackState), isIdempotent: false);

    /// <summary>The device to play on; <see langword="null"/> for the user's active device.</summary>
    public string? DeviceId { get; init; }

    /// <summary>The Spotify URI of the context to play, e.g. <c>spotify:album:5ht7ItJgpBH7W6vJ5BqpPr</c>.</summary>
    public string? ContextUri { get; init; }

    /// <summary>The Spotify URIs of the tracks or episodes to play, in order.</summary>
    public IReadOnlyList<string>? Uris { get; init; }

    /// <summary>Where playback starts in <see cref="ContextUri"/> or <see cref="Uris"/>: a position or an item URI.</summary>
    public PlaybackOffset? Offset { get; init; }

    /// <summary>The position in milliseconds to start the first item at, 0 or more.</summary>
    public int? PositionMs { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        PlayerArguments.DeviceId(DeviceId, nameof(DeviceId));
        if (ContextUri is not null && Uris is not null)
        {
            throw new ArgumentException($"Set '{nameof(ContextUri)}' or '{nameof(Uris)}', not both.", nameof(Uris));
        }

        if (ContextUri is not null && !PlayerArguments.IsContextUri(ContextUri))
        {
            throw new ArgumentException($"'{nameof(ContextUri)}' must be the Spotify URI of an album, artist, playlist, show or audiobook (e.g. spotify:album:5ht7ItJgpBH7W6vJ5BqpPr); got {PlayerArguments.Describe(ContextUri)}.", nameof(ContextUri));
        }

        if (Uris is not null)
        {
            if (Uris.Count == 0)
            {
                throw new ArgumentException($"'{nameof(Uris)}' needs at least one track or episode URI, or must be null.", nameof(Uris));
            }

            var index = 0;
            foreach (var uri in Uris)
            {
                if (uri is null || !PlayerArguments.IsUri(uri, PlayerArguments.PlayableTypes))
                {
                    throw new ArgumentException($"'{nameof(Uris)}[{index}]' must be a track or episode URI (e.g. spotify:track:4iV5W9uYEdYUVa79Axb7Rh); got {PlayerArguments.Describe(uri)}.", nameof(Uris));
                }

                index++;
            }
        }

        if (Offset is not null)
        {
            if (ContextUri is null && Uris is null)
            {
                throw new ArgumentException($"'{nameof(Offset)}' needs '{nameof(ContextUri)}' or '{nameof(Uris)}'.", nameof(Offset));
            }

            if ((Offset.Position is null) == (Offset.Uri is null))
            {
                throw new ArgumentException($"'{nameof(Offset)}' sets either a position or a URI, not both and not neither.", nameof(Offset));
            }

            SpotifyArgument.Offset(Offset.Position, nameof(Offset));
            if (Offset.Uri is not null && !PlayerArguments.IsUri(Offset.Uri, PlayerArguments.PlayableTypes))
            {
                throw new ArgumentException($"'{nameof(Offset)}.Uri' must be a track or episode URI; got {PlayerArguments.Describe(Offset.Uri)}.", nameof(Offset));
            }
        }

        SpotifyArgument.Offset(PositionMs, nameof(PositionMs));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/player/play").Query("device_id", DeviceId).ToString();

    /// <inheritdoc />
    internal override HttpContent? BuildContent() =>
        JsonContent.Create(
            new StartPlaybackBody { ContextUri = ContextUri, Uris = Uris, Offset = Offset, PositionMs = PositionMs },
            SpotifyJsonContext.Default.StartPlaybackBody);
}
