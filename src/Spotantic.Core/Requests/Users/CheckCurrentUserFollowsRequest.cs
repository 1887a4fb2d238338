using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Checks whether the current user follows artists or users (<c>GET /me/following/contains</c>, operation <c>check-current-user-follows</c>, deprecated).</summary>
/// <param name="Type">What the IDs name: artists or users.</param>
/// <param name="Ids">The artists' Spotify IDs or the users' Spotify user IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// Needs <c>user-follow-read</c>. The IDs go in the query string (Spotify ignores a body when the query has them). See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/check-current-user-follows"/>.
/// </remarks>
public sealed record CheckCurrentUserFollowsRequest(FollowType Type, IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<CheckCurrentUserFollowsRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("check-current-user-follows", HttpMethod.Get, "/me/following/contains", ScopeRequirement.AllOf(SpotifyScopes.UserFollowRead), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<CheckCurrentUserFollowsRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<CheckCurrentUserFollowsRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    CheckCurrentUserFollowsRequest ISpotifyBatchRequest<CheckCurrentUserFollowsRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate()
    {
        UsersArguments.Type(Type, nameof(Type));
        UsersArguments.IdsOfType(Type, Ids, nameof(Ids));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/following/contains").Query("type", UsersArguments.ToQueryValue(Type)).Query("ids", Ids).ToString();
}
