using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Saves shows to the user's library (<c>PUT /me/shows</c>, operation <c>save-shows-user</c>, deprecated).</summary>
/// <param name="Ids">The shows' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/save-shows-user"/>.</para>
/// <para>Needs a user token with <c>user-library-modify</c>.</para>
/// </remarks>
public sealed record SaveShowsForUserRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<SaveShowsForUserRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("save-shows-user", HttpMethod.Put, "/me/shows", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<SaveShowsForUserRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<SaveShowsForUserRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    SaveShowsForUserRequest ISpotifyBatchRequest<SaveShowsForUserRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/shows").Query("ids", Ids).ToString();
}
