using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of a user's public playlists (<c>GET /users/{user_id}/playlists</c>, operation <c>get-list-users-playlists</c>, deprecated).</summary>
/// <param name="UserId">The user's Spotify user ID (an opaque string such as <c>smedjan</c>, escaped in the path).</param>
/// <remarks>
/// No scope is checked: Spotify lists another user's public playlists to any token; <c>playlist-read-private</c> and
/// <c>playlist-read-collaborative</c> only add the current user's own private and collaborative ones.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-list-users-playlists"/>.
/// </remarks>
public sealed record GetUserPlaylistsRequest(string UserId) : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The largest offset Spotify accepts.</summary>
    public const int MaxOffset = 100_000;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-list-users-playlists", HttpMethod.Get, "/users/{user_id}/playlists", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first playlist, 0 to 100,000.</summary>
    public int? Offset { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.UserId(UserId, nameof(UserId));
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Range(Offset, 0, MaxOffset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("users").Segment(UserId).Path("playlists").Query("limit", Limit).Query("offset", Offset).ToString();
}
