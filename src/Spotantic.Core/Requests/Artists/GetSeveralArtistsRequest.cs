using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets several artists (<c>GET /artists</c>, operation <c>get-multiple-artists</c>, deprecated).</summary>
/// <param name="Ids">The artists' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// Public catalog data: no scope is required. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-artists"/>.
/// </remarks>
public sealed record GetSeveralArtistsRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<GetSeveralArtistsRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-multiple-artists", HttpMethod.Get, "/artists", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<GetSeveralArtistsRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<GetSeveralArtistsRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    GetSeveralArtistsRequest ISpotifyBatchRequest<GetSeveralArtistsRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("artists").Query("ids", Ids).ToString();
}
