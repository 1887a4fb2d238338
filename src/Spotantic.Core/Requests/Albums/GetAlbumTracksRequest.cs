using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of an album's tracks (<c>GET /albums/{id}/tracks</c>, operation <c>get-an-albums-tracks</c>).</summary>
/// <param name="Id">The album's Spotify ID.</param>
/// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-albums-tracks"/>.</remarks>
public sealed record GetAlbumTracksRequest(string Id) : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-an-albums-tracks", HttpMethod.Get, "/albums/{id}/tracks", ScopeRequirement.None, isIdempotent: true);

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
        SpotifyArgument.Id(Id, nameof(Id));
        SpotifyArgument.Market(Market, nameof(Market));
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Offset(Offset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("albums").Segment(Id).Path("tracks").Query("market", Market).Query("limit", Limit).Query("offset", Offset).ToString();
}
