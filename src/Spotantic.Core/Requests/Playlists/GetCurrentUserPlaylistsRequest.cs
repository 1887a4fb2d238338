using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of the playlists the current user owns or follows (<c>GET /me/playlists</c>, operation <c>get-a-list-of-current-users-playlists</c>).</summary>
/// <remarks>
/// No scope is checked: the spec lists <c>playlist-read-private</c>, but Spotify answers any user token; the scope only
/// adds the user's private playlists (and <c>playlist-read-collaborative</c> the collaborative ones) to the list.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-list-of-current-users-playlists"/>.
/// </remarks>
public sealed record GetCurrentUserPlaylistsRequest : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The largest offset Spotify accepts.</summary>
    public const int MaxOffset = 100_000;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-a-list-of-current-users-playlists", HttpMethod.Get, "/me/playlists", ScopeRequirement.None, isIdempotent: true);

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first playlist, 0 to 100,000.</summary>
    public int? Offset { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Range(Offset, 0, MaxOffset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/playlists").Query("limit", Limit).Query("offset", Offset).ToString();
}
