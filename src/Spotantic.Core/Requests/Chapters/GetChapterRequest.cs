using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets one chapter (<c>GET /chapters/{id}</c>, operation <c>get-a-chapter</c>).</summary>
/// <param name="Id">The chapter's Spotify ID.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-chapter"/>.</para>
/// <para>No scope needed: this is public catalog data, served to client-credentials tokens too.</para>
/// </remarks>
public sealed record GetChapterRequest(string Id) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-a-chapter", HttpMethod.Get, "/chapters/{id}", ScopeRequirement.None, isIdempotent: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Id(Id, nameof(Id));
        SpotifyArgument.Market(Market, nameof(Market));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("chapters").Segment(Id).Query("market", Market).ToString();
}
