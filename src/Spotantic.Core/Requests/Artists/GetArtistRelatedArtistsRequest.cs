using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets artists similar to an artist (<c>GET /artists/{id}/related-artists</c>, operation <c>get-an-artists-related-artists</c>, deprecated).</summary>
/// <param name="Id">The artist's Spotify ID.</param>
/// <remarks>
/// Public catalog data: no scope is required. Cut for new apps in November 2024. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artists-related-artists"/>.
/// </remarks>
public sealed record GetArtistRelatedArtistsRequest(string Id) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-an-artists-related-artists", HttpMethod.Get, "/artists/{id}/related-artists", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Id(Id, nameof(Id));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("artists").Segment(Id).Path("related-artists").ToString();
}
