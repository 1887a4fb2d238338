using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets one album (<c>GET /albums/{id}</c>, operation <c>get-an-album</c>).</summary>
/// <param name="Id">The album's Spotify ID.</param>
/// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-album"/>.</remarks>
public sealed record GetAlbumRequest(string Id) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-an-album", HttpMethod.Get, "/albums/{id}", ScopeRequirement.None, isIdempotent: true);

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
        new QueryStringBuilder("albums").Segment(Id).Query("market", Market).ToString();
}
