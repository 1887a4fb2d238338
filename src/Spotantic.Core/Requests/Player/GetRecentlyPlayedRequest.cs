using System.Globalization;
using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>
/// Gets a cursor page of the tracks the user played recently, newest first (<c>GET /me/player/recently-played</c>,
/// operation <c>get-recently-played</c>).
/// </summary>
/// <remarks>
/// Needs <c>user-read-recently-played</c>. Set <see cref="After"/> or <see cref="Before"/>, not both; the page's
/// <c>next</c> link carries the cursor of the following page. Episodes are not listed. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-recently-played"/>.
/// </remarks>
public sealed record GetRecentlyPlayedRequest : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-recently-played", HttpMethod.Get, "/me/player/recently-played", ScopeRequirement.AllOf(SpotifyScopes.UserReadRecentlyPlayed), isIdempotent: true);

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>A Unix time in milliseconds: only items played after it (exclusive). Not with <see cref="Before"/>.</summary>
    public long? After { get; init; }

    /// <summary>A Unix time in milliseconds: only items played before it (exclusive). Not with <see cref="After"/>.</summary>
    public long? Before { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        if (After is not null && Before is not null)
        {
            throw new ArgumentException($"Set '{nameof(After)}' or '{nameof(Before)}', not both.", nameof(Before));
        }

        if (After is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(After), After, $"'{nameof(After)}' must be a Unix time in milliseconds, 0 or more; got {After}.");
        }

        if (Before is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Before), Before, $"'{nameof(Before)}' must be a Unix time in milliseconds, 0 or more; got {Before}.");
        }
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/player/recently-played")
            .Query("limit", Limit)
            .Query("after", After?.ToString(CultureInfo.InvariantCulture))
            .Query("before", Before?.ToString(CultureInfo.InvariantCulture))
            .ToString();
}
