using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Removes tracks from the user's library (<c>DELETE /me/tracks</c>, operation <c>remove-tracks-user</c>, deprecated).</summary>
/// <param name="Ids">The tracks' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// Needs <c>user-library-modify</c>. The IDs go in the <c>ids</c> query parameter, which Spotify reads before any body.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-tracks-user"/>.
/// </remarks>
public sealed record RemoveUserSavedTracksRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<RemoveUserSavedTracksRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("remove-tracks-user", HttpMethod.Delete, "/me/tracks", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<RemoveUserSavedTracksRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<RemoveUserSavedTracksRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    RemoveUserSavedTracksRequest ISpotifyBatchRequest<RemoveUserSavedTracksRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/tracks").Query("ids", Ids).ToString();
}
