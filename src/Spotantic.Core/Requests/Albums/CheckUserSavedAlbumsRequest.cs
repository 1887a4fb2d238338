using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Checks whether albums are in the user's library (<c>GET /me/albums/contains</c>, operation <c>check-users-saved-albums</c>, deprecated).</summary>
/// <param name="Ids">The albums' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-users-saved-albums"/>.</remarks>
public sealed record CheckUserSavedAlbumsRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<CheckUserSavedAlbumsRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 20;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("check-users-saved-albums", HttpMethod.Get, "/me/albums/contains", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<CheckUserSavedAlbumsRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<CheckUserSavedAlbumsRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    CheckUserSavedAlbumsRequest ISpotifyBatchRequest<CheckUserSavedAlbumsRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/albums/contains").Query("ids", Ids).ToString();
}
