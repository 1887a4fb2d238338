using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of the current user's top tracks (<c>GET /me/top/tracks</c>, operation <c>get-users-top-tracks</c>).</summary>
/// <remarks>
/// Needs <c>user-top-read</c>. See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-top-tracks"/>.
/// </remarks>
public sealed record GetUserTopTracksRequest : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-users-top-tracks", HttpMethod.Get, "/me/top/tracks", ScopeRequirement.AllOf(SpotifyScopes.UserTopRead), isIdempotent: true);

    /// <summary>Over what time frame the affinities are computed; <see langword="null"/> for Spotify's default (<see cref="TopItemsTimeRange.MediumTerm"/>).</summary>
    public TopItemsTimeRange? TimeRange { get; init; }

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first item, 0 or more.</summary>
    public int? Offset { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        UsersArguments.TimeRange(TimeRange, nameof(TimeRange));
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Offset(Offset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/top/tracks").Query("time_range", UsersArguments.ToQueryValue(TimeRange)).Query("limit", Limit).Query("offset", Offset).ToString();
}
