using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets one episode (<c>GET /episodes/{id}</c>, operation <c>get-an-episode</c>).</summary>
/// <param name="Id">The episode's Spotify ID.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-an-episode"/>.</para>
/// <para>No scope needed: this is public catalog data, served to client-credentials tokens too. The spec lists <c>user-read-playback-position</c>, but that scope only adds each episode's <c>resume_point</c> for the signed-in user.</para>
/// <para>With a client-credentials token, set <c>Market</c>: with neither a market nor a user's country Spotify cannot place the show or episode and answers 404 (multi-get: <see langword="null"/> entries).</para>
/// </remarks>
public sealed record GetEpisodeRequest(string Id) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-an-episode", HttpMethod.Get, "/episodes/{id}", ScopeRequirement.None, isIdempotent: true);

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
        new QueryStringBuilder("episodes").Segment(Id).Query("market", Market).ToString();
}
