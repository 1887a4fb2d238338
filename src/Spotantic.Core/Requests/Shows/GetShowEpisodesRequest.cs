using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of a show's episodes (<c>GET /shows/{id}/episodes</c>, operation <c>get-a-shows-episodes</c>).</summary>
/// <param name="Id">The show's Spotify ID.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/get-a-shows-episodes"/>.</para>
/// <para>No scope needed: this is public catalog data, served to client-credentials tokens too. The spec lists <c>user-read-playback-position</c>, but that scope only adds each episode's <c>resume_point</c> for the signed-in user.</para>
/// <para>With a client-credentials token, set <c>Market</c>: with neither a market nor a user's country Spotify cannot place the show or episode and answers 404 (multi-get: <see langword="null"/> entries).</para>
/// </remarks>
public sealed record GetShowEpisodesRequest(string Id) : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-a-shows-episodes", HttpMethod.Get, "/shows/{id}/episodes", ScopeRequirement.None, isIdempotent: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first item, 0 or more.</summary>
    public int? Offset { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Id(Id, nameof(Id));
        SpotifyArgument.Market(Market, nameof(Market));
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Offset(Offset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("shows").Segment(Id).Path("episodes").Query("market", Market).Query("limit", Limit).Query("offset", Offset).ToString();
}
