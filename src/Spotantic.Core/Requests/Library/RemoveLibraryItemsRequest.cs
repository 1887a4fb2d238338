using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Removes items from the current user's library, or unfollows artists, users and playlists (<c>DELETE /me/library</c>, operation <c>remove-library-items</c>).</summary>
/// <param name="Uris">
/// Spotify URIs of tracks, albums, episodes, shows, audiobooks, artists, users and playlists, in any mix: any number;
/// the client sends them in chunks of <see cref="MaxUris"/>.
/// </param>
/// <remarks>
/// <para>
/// The scopes depend on the URI types, so <see cref="RequiredScopes"/> combines, with
/// <see cref="ScopeRequirement.All"/>, the rule of every type present: tracks, albums, episodes, shows and audiobooks need <c>user-library-modify</c>; artists and users need <c>user-follow-modify</c>; playlists need <c>playlist-modify-public</c> or <c>playlist-modify-private</c>. Spotify's list for this operation leaves artists out although the deprecated follow-artists operation points here; artist URIs are accepted and need the follow scope. When the URIs are sent in
/// several chunks, every chunk carries the rule of the whole list, so a missing scope is reported before the first
/// chunk is sent and nothing is applied.
/// </para>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-library-items"/>.</para>
/// </remarks>
public sealed record RemoveLibraryItemsRequest(IReadOnlyList<string> Uris) : SpotifyRequest, ISpotifyBatchRequest<RemoveLibraryItemsRequest>
{
    /// <summary>The most URIs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxUris = 40;

    // Set on chunk requests only: the rule of the whole list the chunk was cut from.
    private ScopeRequirement? _wholeListScopes;

    /// <summary>The operation this request calls (its scope rule is the loosest: one of the scopes some URI type needs).</summary>
    public static SpotifyOperation Definition { get; } = new("remove-library-items", HttpMethod.Delete, "/me/library", LibraryUris.AnyModify, isIdempotent: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <summary>The scopes these URIs need: each URI type's rule, all together.</summary>
    public override ScopeRequirement RequiredScopes => _wholeListScopes ?? LibraryUris.ScopesFor(Uris, modify: true);

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<RemoveLibraryItemsRequest>.BatchItems => Uris;

    /// <inheritdoc />
    int ISpotifyBatchRequest<RemoveLibraryItemsRequest>.MaxItemsPerCall => MaxUris;

    /// <inheritdoc />
    RemoveLibraryItemsRequest ISpotifyBatchRequest<RemoveLibraryItemsRequest>.WithBatchItems(IReadOnlyList<string> items) =>
        this with { Uris = items, _wholeListScopes = RequiredScopes };

    /// <inheritdoc />
    public override void Validate() => LibraryUris.Validate(Uris, nameof(Uris));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/library").Query("uris", Uris).ToString();
}
