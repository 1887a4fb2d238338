using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets several audiobook chapters (<c>GET /chapters</c>, operation <c>get-several-chapters</c>, deprecated).</summary>
/// <param name="Ids">The chapters' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-several-chapters"/>.</para>
/// <para>No scope needed: this is public catalog data, served to client-credentials tokens too.</para>
/// </remarks>
public sealed record GetSeveralChaptersRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<GetSeveralChaptersRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-several-chapters", HttpMethod.Get, "/chapters", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<GetSeveralChaptersRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<GetSeveralChaptersRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    GetSeveralChaptersRequest ISpotifyBatchRequest<GetSeveralChaptersRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Ids(Ids, nameof(Ids));
        SpotifyArgument.Market(Market, nameof(Market));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("chapters").Query("ids", Ids).Query("market", Market).ToString();
}
