using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets the audio features of one track (<c>GET /audio-features/{id}</c>, operation <c>get-audio-features</c>, deprecated).</summary>
/// <param name="Id">The track's Spotify ID.</param>
/// <remarks>
/// Public catalog data: no scope is required. Cut for new apps in November 2024. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-audio-features"/>.
/// </remarks>
public sealed record GetAudioFeaturesRequest(string Id) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-audio-features", HttpMethod.Get, "/audio-features/{id}", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Id(Id, nameof(Id));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("audio-features").Segment(Id).ToString();
}
