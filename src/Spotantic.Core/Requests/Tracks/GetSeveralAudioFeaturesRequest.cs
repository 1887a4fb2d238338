using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets the audio features of several tracks (<c>GET /audio-features</c>, operation <c>get-several-audio-features</c>, deprecated).</summary>
/// <param name="Ids">The tracks' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// Public catalog data: no scope is required. Cut for new apps in November 2024. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-several-audio-features"/>.
/// </remarks>
public sealed record GetSeveralAudioFeaturesRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<GetSeveralAudioFeaturesRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 100;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-several-audio-features", HttpMethod.Get, "/audio-features", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<GetSeveralAudioFeaturesRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<GetSeveralAudioFeaturesRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    GetSeveralAudioFeaturesRequest ISpotifyBatchRequest<GetSeveralAudioFeaturesRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("audio-features").Query("ids", Ids).ToString();
}
