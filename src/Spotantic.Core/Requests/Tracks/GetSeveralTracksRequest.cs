using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets several tracks (<c>GET /tracks</c>, operation <c>get-several-tracks</c>, deprecated).</summary>
/// <param name="Ids">The tracks' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// Public catalog data: no scope is required. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-several-tracks"/>.
/// </remarks>
public sealed record GetSeveralTracksRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<GetSeveralTracksRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-several-tracks", HttpMethod.Get, "/tracks", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; turns on track relinking for that market.</summary>
    public string? Market { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<GetSeveralTracksRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<GetSeveralTracksRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    GetSeveralTracksRequest ISpotifyBatchRequest<GetSeveralTracksRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Ids(Ids, nameof(Ids));
        SpotifyArgument.Market(Market, nameof(Market));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("tracks").Query("market", Market).Query("ids", Ids).ToString();
}
