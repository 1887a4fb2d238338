using System.Net.Http.Json;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Serialization;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Follows a playlist as the current user (<c>PUT /playlists/{playlist_id}/followers</c>, operation <c>follow-playlist</c>, deprecated).</summary>
/// <param name="PlaylistId">The playlist's Spotify ID.</param>
/// <remarks>
/// Needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>: Spotify's playlist guide ties the scope to
/// whether the followed playlist ends up public or private, so either one is enough to send the call. The body is
/// <c>{"public": ...}</c>, or <c>{}</c> for Spotify's default (public). See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/follow-playlist"/>.
/// </remarks>
public sealed record FollowPlaylistRequest(string PlaylistId) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("follow-playlist", HttpMethod.Put, "/playlists/{playlist_id}/followers", ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate), isIdempotent: true, isDeprecated: true);

    /// <summary>
    /// Whether the playlist is shown on the user's profile (<see langword="true"/>) or stays private
    /// (<see langword="false"/>); <see langword="null"/> leaves it to Spotify (public).
    /// </summary>
    public bool? Public { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Id(PlaylistId, nameof(PlaylistId));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("playlists").Segment(PlaylistId).Path("followers").ToString();

    /// <inheritdoc />
    internal override HttpContent? BuildContent() =>
        JsonContent.Create(new FollowPlaylistBody { Public = Public }, SpotifyJsonContext.Default.FollowPlaylistBody);
}
