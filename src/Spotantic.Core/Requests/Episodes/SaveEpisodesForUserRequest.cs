using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Saves episodes to the user's library (<c>PUT /me/episodes</c>, operation <c>save-episodes-user</c>, deprecated).</summary>
/// <param name="Ids">The episodes' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/save-episodes-user"/>.</para>
/// <para>Needs a user token with <c>user-library-modify</c>.</para>
/// </remarks>
public sealed record SaveEpisodesForUserRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<SaveEpisodesForUserRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("save-episodes-user", HttpMethod.Put, "/me/episodes", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<SaveEpisodesForUserRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<SaveEpisodesForUserRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    SaveEpisodesForUserRequest ISpotifyBatchRequest<SaveEpisodesForUserRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/episodes").Query("ids", Ids).ToString();
}
