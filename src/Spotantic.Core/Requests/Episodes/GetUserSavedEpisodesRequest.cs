using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of the episodes in the user's library (<c>GET /me/episodes</c>, operation <c>get-users-saved-episodes</c>).</summary>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-episodes"/>.</para>
/// <para>Needs a user token with <c>user-library-read</c>, as Spotify documents. The spec also lists <c>user-read-playback-position</c>: without it the episodes are still returned, only without their <c>resume_point</c>, so it is not required here.</para>
/// </remarks>
public sealed record GetUserSavedEpisodesRequest : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-users-saved-episodes", HttpMethod.Get, "/me/episodes", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead), isIdempotent: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first item, 0 or more.</summary>
    public int? Offset { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Market(Market, nameof(Market));
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Offset(Offset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/episodes").Query("market", Market).Query("limit", Limit).Query("offset", Offset).ToString();
}
