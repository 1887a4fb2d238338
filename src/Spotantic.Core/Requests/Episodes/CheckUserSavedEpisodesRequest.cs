using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Checks whether episodes are in the user's library (<c>GET /me/episodes/contains</c>, operation <c>check-users-saved-episodes</c>, deprecated).</summary>
/// <param name="Ids">The episodes' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-users-saved-episodes"/>.</para>
/// <para>Needs a user token with <c>user-library-read</c>.</para>
/// </remarks>
public sealed record CheckUserSavedEpisodesRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<CheckUserSavedEpisodesRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("check-users-saved-episodes", HttpMethod.Get, "/me/episodes/contains", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<CheckUserSavedEpisodesRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<CheckUserSavedEpisodesRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    CheckUserSavedEpisodesRequest ISpotifyBatchRequest<CheckUserSavedEpisodesRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/episodes/contains").Query("ids", Ids).ToString();
}
