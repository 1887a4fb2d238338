using System.Net.Http.Json;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Serialization;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>
/// Reorders a range of a playlist's items, or replaces all of them (<c>PUT /playlists/{playlist_id}/items</c>, operation <c>reorder-or-replace-playlists-items</c>).
/// Build one with <see cref="Reorder"/> or <see cref="Replace"/>.
/// </summary>
/// <param name="PlaylistId">The playlist's Spotify ID.</param>
/// <remarks>
/// <para>
/// A replace (<see cref="Uris"/> set) is idempotent and may be retried after a transient fault; a reorder
/// (<see cref="RangeStart"/> and <see cref="InsertBefore"/>) is not, because a repeated move moves the items again, so
/// <see cref="IsIdempotent"/> depends on the mode.
/// </para>
/// <para>
/// Needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>: Spotify asks for the one matching the
/// playlist's visibility, which only it knows, so either one lets the call through.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/reorder-or-replace-playlists-items"/>.
/// </para>
/// </remarks>
public sealed record ReorderOrReplacePlaylistItemsRequest(string PlaylistId) : SpotifyRequest
{
    /// <summary>The most URIs a replace accepts.</summary>
    public const int MaxUris = 100;

    /// <summary>The operation this request calls; not idempotent as a whole, because of reorders (see <see cref="IsIdempotent"/>).</summary>
    public static SpotifyOperation Definition { get; } = new("reorder-or-replace-playlists-items", HttpMethod.Put, "/playlists/{playlist_id}/items", ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate), isIdempotent: false);

    /// <summary>The URIs that replace every item (at most 100; empty clears the playlist), for a replace.</summary>
    public IReadOnlyList<string>? Uris { get; init; }

    /// <summary>The position of the first item to move, for a reorder.</summary>
    public int? RangeStart { get; init; }

    /// <summary>The position before which the items go (the item count moves them to the end), for a reorder.</summary>
    public int? InsertBefore { get; init; }

    /// <summary>How many items to move, 1 or more (Spotify's default is 1), for a reorder.</summary>
    public int? RangeLength { get; init; }

    /// <summary>The playlist version to apply a reorder to, or <see langword="null"/> for the current one.</summary>
    public string? SnapshotId { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <summary>True for a replace, which leaves the same playlist however often it is sent; false for a reorder.</summary>
    public override bool IsIdempotent => Uris is not null;

    /// <summary>A request that moves <paramref name="rangeLength"/> items from <paramref name="rangeStart"/> to before <paramref name="insertBefore"/>.</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="rangeStart">The position of the first item to move.</param>
    /// <param name="insertBefore">The position before which the items go.</param>
    /// <param name="rangeLength">How many items to move, or <see langword="null"/> for 1.</param>
    /// <param name="snapshotId">The playlist version, or <see langword="null"/>.</param>
    /// <returns>The request.</returns>
    public static ReorderOrReplacePlaylistItemsRequest Reorder(string playlistId, int rangeStart, int insertBefore, int? rangeLength = null, string? snapshotId = null) =>
        new(playlistId) { RangeStart = rangeStart, InsertBefore = insertBefore, RangeLength = rangeLength, SnapshotId = snapshotId };

    /// <summary>A request that replaces every item of the playlist with <paramref name="uris"/>.</summary>
    /// <param name="playlistId">The playlist's Spotify ID.</param>
    /// <param name="uris">The new items, at most 100; empty clears the playlist.</param>
    /// <returns>The request.</returns>
    public static ReorderOrReplacePlaylistItemsRequest Replace(string playlistId, IReadOnlyList<string> uris) => new(playlistId) { Uris = uris };

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Id(PlaylistId, nameof(PlaylistId));
        PlaylistArguments.SnapshotId(SnapshotId, nameof(SnapshotId));
        PlaylistArguments.ReorderOrReplace(Uris, RangeStart, InsertBefore, RangeLength, MaxUris);
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("playlists").Segment(PlaylistId).Path("items").ToString();

    /// <inheritdoc />
    internal override HttpContent BuildContent() =>
        JsonContent.Create(
            new ReorderOrReplacePlaylistItemsBody { Uris = Uris, RangeStart = RangeStart, InsertBefore = InsertBefore, RangeLength = RangeLength, SnapshotId = SnapshotId },
            SpotifyJsonContext.Default.ReorderOrReplacePlaylistItemsBody);
}
