using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of the artists the current user follows (<c>GET /me/following?type=artist</c>, operation <c>get-followed</c>).</summary>
/// <remarks>
/// Needs <c>user-follow-read</c>. The page is cursor-based and wrapped in <c>artists</c>; <see cref="After"/> is the
/// ID of the last artist of the previous page. <c>type=artist</c> is always sent, the only value Spotify accepts. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-followed"/>.
/// </remarks>
public sealed record GetFollowedArtistsRequest : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-followed", HttpMethod.Get, "/me/following", ScopeRequirement.AllOf(SpotifyScopes.UserFollowRead), isIdempotent: true);

    /// <summary>The ID of the last artist already read; the page starts after it. <see langword="null"/> for the first page.</summary>
    public string? After { get; init; }

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        if (After is not null)
        {
            SpotifyArgument.Id(After, nameof(After));
        }

        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/following").Query("type", "artist").Query("after", After).Query("limit", Limit).ToString();
}
