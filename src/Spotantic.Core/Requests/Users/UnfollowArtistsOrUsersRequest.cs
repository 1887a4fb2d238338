using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Unfollows artists or users as the current user (<c>DELETE /me/following</c>, operation <c>unfollow-artists-users</c>, deprecated).</summary>
/// <param name="Type">What the IDs name: artists or users.</param>
/// <param name="Ids">The artists' Spotify IDs or the users' Spotify user IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// Needs <c>user-follow-modify</c>. The IDs go in the query string (Spotify ignores a body when the query has them). See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/unfollow-artists-users"/>.
/// </remarks>
public sealed record UnfollowArtistsOrUsersRequest(FollowType Type, IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<UnfollowArtistsOrUsersRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("unfollow-artists-users", HttpMethod.Delete, "/me/following", ScopeRequirement.AllOf(SpotifyScopes.UserFollowModify), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<UnfollowArtistsOrUsersRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<UnfollowArtistsOrUsersRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    UnfollowArtistsOrUsersRequest ISpotifyBatchRequest<UnfollowArtistsOrUsersRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate()
    {
        UsersArguments.Type(Type, nameof(Type));
        UsersArguments.IdsOfType(Type, Ids, nameof(Ids));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/following").Query("type", UsersArguments.ToQueryValue(Type)).Query("ids", Ids).ToString();
}
