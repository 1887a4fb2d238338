using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets one artist (<c>GET /artists/{id}</c>, operation <c>get-an-artist</c>).</summary>
/// <param name="Id">The artist's Spotify ID.</param>
/// <remarks>
/// Public catalog data: any valid token works, including a client-credentials token, so no scope is required.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-artist"/>.
/// </remarks>
public sealed record GetArtistRequest(string Id) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-an-artist", HttpMethod.Get, "/artists/{id}", ScopeRequirement.None, isIdempotent: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Id(Id, nameof(Id));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("artists").Segment(Id).ToString();
}
