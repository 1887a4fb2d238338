using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of an audiobook's chapters (<c>GET /audiobooks/{id}/chapters</c>, operation <c>get-audiobook-chapters</c>).</summary>
/// <param name="Id">The audiobook's Spotify ID.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-audiobook-chapters"/>.</para>
/// <para>No scope needed: this is public catalog data, served to client-credentials tokens too.</para>
/// </remarks>
public sealed record GetAudiobookChaptersRequest(string Id) : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-audiobook-chapters", HttpMethod.Get, "/audiobooks/{id}/chapters", ScopeRequirement.None, isIdempotent: true);

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
        new QueryStringBuilder("audiobooks").Segment(Id).Path("chapters").Query("market", Market).Query("limit", Limit).Query("offset", Offset).ToString();
}
