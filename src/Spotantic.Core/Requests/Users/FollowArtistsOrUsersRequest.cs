using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Follows artists or users as the current user (<c>PUT /me/following</c>, operation <c>follow-artists-users</c>, deprecated).</summary>
/// <param name="Type">What the IDs name: artists or users.</param>
/// <param name="Ids">The artists' Spotify IDs or the users' Spotify user IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// Needs <c>user-follow-modify</c>. The IDs go in the query string (Spotify ignores a body when the query has them). See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/follow-artists-users"/>.
/// </remarks>
public sealed record FollowArtistsOrUsersRequest(FollowType Type, IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<FollowArtistsOrUsersRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("follow-artists-users", HttpMethod.Put, "/me/following", ScopeRequirement.AllOf(SpotifyScopes.UserFollowModify), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<FollowArtistsOrUsersRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<FollowArtistsOrUsersRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    FollowArtistsOrUsersRequest ISpotifyBatchRequest<FollowArtistsOrUsersRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

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
