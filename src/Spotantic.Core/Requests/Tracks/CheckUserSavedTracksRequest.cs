using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Checks whether tracks are in the user's library (<c>GET /me/tracks/contains</c>, operation <c>check-users-saved-tracks</c>, deprecated).</summary>
/// <param name="Ids">The tracks' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// Needs <c>user-library-read</c>. See <see href="https://developer.spotify.com/documentation/web-api/reference/check-users-saved-tracks"/>.
/// </remarks>
public sealed record CheckUserSavedTracksRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<CheckUserSavedTracksRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("check-users-saved-tracks", HttpMethod.Get, "/me/tracks/contains", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<CheckUserSavedTracksRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<CheckUserSavedTracksRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    CheckUserSavedTracksRequest ISpotifyBatchRequest<CheckUserSavedTracksRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/tracks/contains").Query("ids", Ids).ToString();
}
