using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Gets the markets Spotify is available in (<c>GET /markets</c>, operation <c>get-available-markets</c>, deprecated).</summary>
/// <remarks>
/// Public data: no scope is required. Removed for development-mode apps in February 2026. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-available-markets"/>.
/// </remarks>
public sealed record GetAvailableMarketsRequest : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-available-markets", HttpMethod.Get, "/markets", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        // The operation takes no arguments.
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => "markets";
}
