using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of new album releases (<c>GET /browse/new-releases</c>, operation <c>get-new-releases</c>, deprecated).</summary>
/// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-new-releases"/>.</remarks>
public sealed record GetNewReleasesRequest : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-new-releases", HttpMethod.Get, "/browse/new-releases", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first item, 0 or more.</summary>
    public int? Offset { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Offset(Offset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("browse/new-releases").Query("limit", Limit).Query("offset", Offset).ToString();
}
