using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets up to 20 albums at once (<c>GET /albums</c>, operation <c>get-multiple-albums</c>, deprecated).</summary>
/// <param name="Ids">The albums' Spotify IDs, 1 to 20.</param>
/// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-multiple-albums"/>.</remarks>
public sealed record GetSeveralAlbumsRequest(IReadOnlyList<string> Ids) : SpotifyRequest
{
    /// <summary>The most IDs one call accepts.</summary>
    public const int MaxIds = 20;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-multiple-albums", HttpMethod.Get, "/albums", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Ids(Ids, MaxIds, nameof(Ids));
        SpotifyArgument.Market(Market, nameof(Market));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("albums").Query("ids", Ids).Query("market", Market).ToString();
}
