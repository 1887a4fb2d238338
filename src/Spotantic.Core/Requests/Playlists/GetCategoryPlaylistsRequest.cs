using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of a browse category's playlists (<c>GET /browse/categories/{category_id}/playlists</c>, operation <c>get-a-categories-playlists</c>, deprecated).</summary>
/// <param name="CategoryId">The category ID, a plain string such as <c>party</c>.</param>
/// <remarks>
/// No scope: any token works, client credentials included.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-categories-playlists"/>.
/// </remarks>
public sealed record GetCategoryPlaylistsRequest(string CategoryId) : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-a-categories-playlists", HttpMethod.Get, "/browse/categories/{category_id}/playlists", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first playlist, 0 or more.</summary>
    public int? Offset { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        PlaylistArguments.CategoryId(CategoryId, nameof(CategoryId));
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Offset(Offset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("browse/categories").Segment(CategoryId).Path("playlists").Query("limit", Limit).Query("offset", Offset).ToString();
}
