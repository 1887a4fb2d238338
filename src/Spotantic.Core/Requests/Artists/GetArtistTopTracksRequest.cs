using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets an artist's top tracks (<c>GET /artists/{id}/top-tracks</c>, operation <c>get-an-artists-top-tracks</c>, deprecated).</summary>
/// <param name="Id">The artist's Spotify ID.</param>
/// <remarks>
/// Public catalog data: no scope is required. Removed for development-mode apps in February 2026. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artists-top-tracks"/>.
/// </remarks>
public sealed record GetArtistTopTracksRequest(string Id) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-an-artists-top-tracks", HttpMethod.Get, "/artists/{id}/top-tracks", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; the top tracks are those of that market.</summary>
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
        new QueryStringBuilder("artists").Segment(Id).Path("top-tracks").Query("market", Market).ToString();
}
