using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Checks whether audiobooks are in the user's library (<c>GET /me/audiobooks/contains</c>, operation <c>check-users-saved-audiobooks</c>, deprecated).</summary>
/// <param name="Ids">The audiobooks' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-users-saved-audiobooks"/>.</para>
/// <para>Needs a user token with <c>user-library-read</c>.</para>
/// </remarks>
public sealed record CheckUserSavedAudiobooksRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<CheckUserSavedAudiobooksRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("check-users-saved-audiobooks", HttpMethod.Get, "/me/audiobooks/contains", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryRead), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<CheckUserSavedAudiobooksRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<CheckUserSavedAudiobooksRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    CheckUserSavedAudiobooksRequest ISpotifyBatchRequest<CheckUserSavedAudiobooksRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/audiobooks/contains").Query("ids", Ids).ToString();
}
