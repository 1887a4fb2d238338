using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets several shows (<c>GET /shows</c>, operation <c>get-multiple-shows</c>, deprecated).</summary>
/// <param name="Ids">The shows' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-shows"/>.</para>
/// <para>No scope needed: this is public catalog data, served to client-credentials tokens too.</para>
/// <para>With a client-credentials token, set <c>Market</c>: with neither a market nor a user's country Spotify cannot place the show or episode and answers 404 (multi-get: <see langword="null"/> entries).</para>
/// </remarks>
public sealed record GetSeveralShowsRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<GetSeveralShowsRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-multiple-shows", HttpMethod.Get, "/shows", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<GetSeveralShowsRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<GetSeveralShowsRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    GetSeveralShowsRequest ISpotifyBatchRequest<GetSeveralShowsRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Ids(Ids, nameof(Ids));
        SpotifyArgument.Market(Market, nameof(Market));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("shows").Query("ids", Ids).Query("market", Market).ToString();
}
