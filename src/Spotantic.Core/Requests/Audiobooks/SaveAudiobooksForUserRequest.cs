using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Saves audiobooks to the user's library (<c>PUT /me/audiobooks</c>, operation <c>save-audiobooks-user</c>, deprecated).</summary>
/// <param name="Ids">The audiobooks' Spotify IDs: any number; the client sends them in chunks of <see cref="MaxIds"/>.</param>
/// <remarks>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/save-audiobooks-user"/>.</para>
/// <para>Needs a user token with <c>user-library-modify</c>.</para>
/// </remarks>
public sealed record SaveAudiobooksForUserRequest(IReadOnlyList<string> Ids) : SpotifyRequest, ISpotifyBatchRequest<SaveAudiobooksForUserRequest>
{
    /// <summary>The most IDs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxIds = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("save-audiobooks-user", HttpMethod.Put, "/me/audiobooks", ScopeRequirement.AllOf(SpotifyScopes.UserLibraryModify), isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<SaveAudiobooksForUserRequest>.BatchItems => Ids;

    /// <inheritdoc />
    int ISpotifyBatchRequest<SaveAudiobooksForUserRequest>.MaxItemsPerCall => MaxIds;

    /// <inheritdoc />
    SaveAudiobooksForUserRequest ISpotifyBatchRequest<SaveAudiobooksForUserRequest>.WithBatchItems(IReadOnlyList<string> items) => this with { Ids = items };

    /// <inheritdoc />
    public override void Validate() => SpotifyArgument.Ids(Ids, nameof(Ids));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/audiobooks").Query("ids", Ids).ToString();
}
