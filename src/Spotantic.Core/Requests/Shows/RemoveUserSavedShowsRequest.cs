using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Removes shows from the user's library (<c>DELETE /me/shows</c>, operation <c>remove-shows-user</c>, deprecated).</summary>
/// <param name="Ids">The shows' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-shows-user"/>.</para>
/// <para>Needs a user token with <c>user-library-modify</c>.</para>
/// </remarks>
public sealed record RemoveUserSavedShowsRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<RemoveUserSavedShowsRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("remove-shows-user", HttpMethod.Delete, "/me/shows", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify), isIdempotent: true, isDeprecated: true);

    /// <summary>An ISO 3166-1 alpha-2 country code. The spec lists it for this operation; it does not change which shows are removed.</summary>
    public string? Market { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<RemoveUserSavedShowsRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<RemoveUserSavedShowsRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    RemoveUserSavedShowsRequest ISpotifyBatchRequest<RemoveUserSavedShowsRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Ids(Ids, nameof(Ids));
        SpotifyArgument.Market(Market, nameof(Market));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/shows").Query("ids", Ids).Query("market", Market).ToString();
}
