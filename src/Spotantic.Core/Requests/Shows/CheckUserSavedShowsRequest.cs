using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Checks whether shows are in the user's library (<c>GET /me/shows/contains</c>, operation <c>check-users-saved-shows</c>, deprecated).</summary>
/// <param name="Ids">The shows' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-users-saved-shows"/>.</para>
/// <para>Needs a user token with <c>user-library-read</c>.</para>
/// </remarks>
public sealed record CheckUserSavedShowsRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<CheckUserSavedShowsRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("check-users-saved-shows", HttpMethod.Get, "/me/shows/contains", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<CheckUserSavedShowsRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<CheckUserSavedShowsRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    CheckUserSavedShowsRequest ISpotifyBatchRequest<CheckUserSavedShowsRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/shows/contains").Query("ids", Ids).ToString();
}
