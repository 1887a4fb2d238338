using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Unfollows a playlist as the current user (<c>DELETE /playlists/{playlist_id}/followers</c>, operation <c>unfollow-playlist</c>, deprecated).</summary>
/// <param name="PlaylistId">The playlist's Spotify ID.</param>
/// <remarks>
/// Needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c> (either is enough, as for following). See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/unfollow-playlist"/>.
/// </remarks>
public sealed record UnfollowPlaylistRequest(string PlaylistId) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("unfollow-playlist", HttpMethod.Delete, "/playlists/{playlist_id}/followers", ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Id(PlaylistId, nameof(PlaylistId));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("playlists").Segment(PlaylistId).Path("followers").ToString();
}
