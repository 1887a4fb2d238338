using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a playlist's cover images (<c>GET /playlists/{playlist_id}/images</c>, operation <c>get-playlist-cover</c>).</summary>
/// <param name="PlaylistId">The playlist's Spotify ID.</param>
/// <remarks>
/// No scope: any token works, client credentials included.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-playlist-cover"/>.
/// </remarks>
public sealed record GetPlaylistCoverImageRequest(string PlaylistId) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-playlist-cover", HttpMethod.Get, "/playlists/{playlist_id}/images", ScopeRequirement.None, isIdempotent: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Id(PlaylistId, nameof(PlaylistId));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("playlists").Segment(PlaylistId).Path("images").ToString();
}
