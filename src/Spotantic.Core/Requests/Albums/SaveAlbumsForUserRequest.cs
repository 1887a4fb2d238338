using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Saves albums to the user's library (<c>PUT /me/albums</c>, operation <c>save-albums-user</c>, deprecated).</summary>
/// <param name="Ids">The albums' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>See <see href="https://developer.spotify.com/documentation/web-api/reference/save-albums-user"/>.</remarks>
public sealed record SaveAlbumsForUserRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<SaveAlbumsForUserRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 20;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("save-albums-user", HttpMethod.Put, "/me/albums", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<SaveAlbumsForUserRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<SaveAlbumsForUserRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    SaveAlbumsForUserRequest ISpotifyBatchRequest<SaveAlbumsForUserRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/albums").Query("ids", Ids).ToString();
}
