using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Checks whether albums are in the user's library (<c>GET /me/albums/contains</c>, operation <c>check-users-saved-albums</c>, deprecated).</summary>
/// <param name="Ids">The albums' Spotify IDs, 1 to 20.</param>
/// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-users-saved-albums"/>.</remarks>
public sealed record CheckUserSavedAlbumsRequest(IReadOnlyList<string> Ids) : SpotifyRequest
{
    /// <summary>The most IDs one call accepts.</summary>
    public const int MaxIds = 20;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("check-users-saved-albums", HttpMethod.Get, "/me/albums/contains", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, MaxIds, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/albums/contains").Query("ids", Ids).ToString();
}
