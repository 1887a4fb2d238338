using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>
/// Checks whether the current user follows a playlist (<c>GET /playlists/{playlist_id}/followers/contains</c>,
/// operation <c>check-if-user-follows-playlist</c>, deprecated).
/// </summary>
/// <param name="PlaylistId">The playlist's Spotify ID.</param>
/// <remarks>
/// Needs no scope. Spotify answers with a one-element array. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/check-if-user-follows-playlist"/>.
/// </remarks>
public sealed record CheckUserFollowsPlaylistRequest(string PlaylistId) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("check-if-user-follows-playlist", HttpMethod.Get, "/playlists/{playlist_id}/followers/contains", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>
    /// The current user's Spotify user ID, sent as the deprecated <c>ids</c> parameter (at most one ID); <see langword="null"/>
    /// to leave it out and let the token name the user.
    /// </summary>
    public string? UserId { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Id(PlaylistId, nameof(PlaylistId));
        if (UserId is not null)
        {
            UsersArguments.UserId(UserId, nameof(UserId));
        }
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("playlists").Segment(PlaylistId).Path("followers/contains").Query("ids", UserId).ToString();
}
