using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of the albums in the user's library (<c>GET /me/albums</c>, operation <c>get-users-saved-albums</c>).</summary>
/// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-saved-albums"/>.</remarks>
public sealed record GetUserSavedAlbumsRequest : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-users-saved-albums", HttpMethod.Get, "/me/albums", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead), isIdempotent: true);

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first item, 0 or more.</summary>
    public int? Offset { get; init; }

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Offset(Offset, nameof(Offset));
        SpotifyArgument.Market(Market, nameof(Market));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/albums").Query("limit", Limit).Query("offset", Offset).Query("market", Market).ToString();
}
