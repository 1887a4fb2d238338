using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Checks whether items are in the current user's library (or followed) (<c>GET /me/library/contains</c>, operation <c>check-library-contains</c>).</summary>
/// <param name="Uris">
/// Spotify URIs of tracks, albums, episodes, shows, audiobooks, artists, users and playlists, in any mix: any number;
/// the client sends them in chunks of <see cref="MaxUris"/>.
/// </param>
/// <remarks>
/// <para>
/// The scopes depend on the URI types, so <see cref="RequiredScopes"/> combines, with
/// <see cref="ScopeRequirement.All"/>, the rule of every type present: tracks, albums, episodes, shows and audiobooks need <c>user-library-read</c>; artists and users need <c>user-follow-read</c>; playlists need <c>playlist-read-private</c>. When the URIs are sent in
/// several chunks, every chunk carries the rule of the whole list, so a missing scope is reported before the first
/// chunk is sent and nothing is applied.
/// </para>
/// <para>See <see href="https://developer.spotify.com/documentation/web-api/reference/check-library-contains"/>.</para>
/// </remarks>
public sealed record CheckLibraryContainsRequest(IReadOnlyList<string> Uris) : SpotifyRequest, ISpotifyBatchRequest<CheckLibraryContainsRequest>
{
    /// <summary>The most URIs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxUris = 40;

    // Set on chunk requests only: the rule of the whole list the chunk was cut from.
    private ScopeRequirement? _wholeListScopes;

    /// <summary>The operation this request calls (its scope rule is the loosest: one of the scopes some URI type needs).</summary>
    public static SpotifyOperation Definition { get; } = new("check-library-contains", HttpMethod.Get, "/me/library/contains", LibraryUris.AnyRead, isIdempotent: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <summary>The scopes these URIs need: each URI type's rule, all together.</summary>
    public override ScopeRequirement RequiredScopes => _wholeListScopes ?? LibraryUris.ScopesFor(Uris, modify: false);

    /// <inheritdoc />
    IReadOnlyList<string> ISpotifyBatchRequest<CheckLibraryContainsRequest>.BatchItems => Uris;

    /// <inheritdoc />
    int ISpotifyBatchRequest<CheckLibraryContainsRequest>.MaxItemsPerCall => MaxUris;

    /// <inheritdoc />
    CheckLibraryContainsRequest ISpotifyBatchRequest<CheckLibraryContainsRequest>.WithBatchItems(IReadOnlyList<string> items) =>
        this with { Uris = items, _wholeListScopes = RequiredScopes };

    /// <inheritdoc />
    public override void Validate() => LibraryUris.Validate(Uris, nameof(Uris));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("me/library/contains").Query("uris", Uris).ToString();
}
