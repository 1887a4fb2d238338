using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets the low-level audio analysis of one track (<c>GET /audio-analysis/{id}</c>, operation <c>get-audio-analysis</c>, deprecated).</summary>
/// <param name="Id">The track's Spotify ID.</param>
/// <remarks>
/// Public catalog data: no scope is required. Cut for new apps in November 2024. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-audio-analysis"/>.
/// </remarks>
public sealed record GetAudioAnalysisRequest(string Id) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-audio-analysis", HttpMethod.Get, "/audio-analysis/{id}", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Id(Id, nameof(Id));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("audio-analysis").Segment(Id).ToString();
}
