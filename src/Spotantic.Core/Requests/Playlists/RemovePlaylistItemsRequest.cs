using System.Net.Http.Json;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Serialization;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Removes tracks and episodes from a playlist (<c>DELETE /playlists/{playlist_id}/items</c>, operation <c>remove-items-playlist</c>).</summary>
/// <param name="PlaylistId">The playlist's Spotify ID.</param>
/// <param name="Uris">
/// The Spotify URIs to remove (<c>spotify:track:{id}</c> or <c>spotify:episode:{id}</c>); every occurrence of each is
/// removed. Any number; the client sends them in chunks of <see cref="MaxUris"/>.
/// </param>
/// <remarks>
/// Needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>: Spotify asks for the one matching the
/// playlist's visibility, which only it knows, so either one lets the call through. Removing every occurrence of a
/// URI twice leaves the same playlist, so the call may be retried.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/remove-items-playlist"/>.
/// </remarks>
public sealed record RemovePlaylistItemsRequest(string PlaylistId, IReadOnlyList<string> Uris) : SpotifyRequest
{
    /// <summary>The most URIs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxUris = 100;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("remove-items-playlist", HttpMethod.Delete, "/playlists/{playlist_id}/items", ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate), isIdempotent: true);

    /// <summary>The playlist version to apply the change to, or <see langword="null"/> for the current one.</summary>
    public string? SnapshotId { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Id(PlaylistId, nameof(PlaylistId));
        SpotifyArgument.Uris(Uris, PlaylistArguments.ItemTypes, int.MaxValue, nameof(Uris));
        PlaylistArguments.SnapshotId(SnapshotId, nameof(SnapshotId));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("playlists").Segment(PlaylistId).Path("items").ToString();

    /// <inheritdoc />
    internal override HttpContent BuildContent() =>
        JsonContent.Create(new RemovePlaylistItemsBody { Items = [.. Uris.Select(uri => new PlaylistItemReference { Uri = uri })], SnapshotId = SnapshotId }, SpotifyJsonContext.Default.RemovePlaylistItemsBody);
}
