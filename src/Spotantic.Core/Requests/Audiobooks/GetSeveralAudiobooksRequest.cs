using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets several audiobooks (<c>GET /audiobooks</c>, operation <c>get-multiple-audiobooks</c>, deprecated).</summary>
/// <param name="Ids">The audiobooks' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-audiobooks"/>.</para>
/// <para>No scope needed: this is public catalog data, served to client-credentials tokens too.</para>
/// </remarks>
public sealed record GetSeveralAudiobooksRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<GetSeveralAudiobooksRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-multiple-audiobooks", HttpMethod.Get, "/audiobooks", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<GetSeveralAudiobooksRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<GetSeveralAudiobooksRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    GetSeveralAudiobooksRequest ISpotifyBatchRequest<GetSeveralAudiobooksRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Ids(Ids, nameof(Ids));
        SpotifyArgument.Market(Market, nameof(Market));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("audiobooks").Query("ids", Ids).Query("market", Market).ToString();
}
