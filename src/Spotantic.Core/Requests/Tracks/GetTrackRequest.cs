using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets one track (<c>GET /tracks/{id}</c>, operation <c>get-track</c>).</summary>
/// <param name="Id">The track's Spotify ID.</param>
/// <remarks>
/// Public catalog data: any valid token works, including a client-credentials token, so no scope is required.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-track"/>.
/// </remarks>
public sealed record GetTrackRequest(string Id) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-track", HttpMethod.Get, "/tracks/{id}", ScopeRequirement.None, isIdempotent: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; turns on track relinking for that market.</summary>
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
        new QueryStringBuilder("tracks").Segment(Id).Query("market", Market).ToString();
}
