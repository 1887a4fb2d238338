using System.Net.Http.Json;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Serialization;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Adds tracks and episodes to a playlist (<c>POST /playlists/{playlist_id}/tracks</c>, operation <c>add-tracks-to-playlist</c>, deprecated).</summary>
/// <param name="PlaylistId">The playlist's Spotify ID.</param>
/// <param name="Uris">
/// The Spotify URIs to add, in order (<c>spotify:track:{id}</c> or <c>spotify:episode:{id}</c>): any number; the
/// client sends them in chunks of <see cref="MaxUris"/>, advancing <see cref="Position"/> by each chunk so the order
/// is kept.
/// </param>
/// <remarks>
/// Needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>: Spotify asks for the one matching the
/// playlist's visibility, which only it knows, so either one lets the call through. Not idempotent: a repeated
/// call adds the items again, so it is never retried after a transient fault. The URIs go in the JSON body, which
/// has no URI-length limit.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/add-tracks-to-playlist"/>.
/// </remarks>
public sealed record AddTracksToPlaylistRequest(string PlaylistId, IReadOnlyList<string> Uris) : SpotifyRequest
{
    /// <summary>The most URIs Spotify accepts in one call; longer lists are sent in several.</summary>
    public const int MaxUris = 100;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("add-tracks-to-playlist", HttpMethod.Post, "/playlists/{playlist_id}/tracks", ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate), isIdempotent: false, isDeprecated: true);

    /// <summary>The zero-based position to insert the items at, or <see langword="null"/> to append them.</summary>
    public int? Position { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Id(PlaylistId, nameof(PlaylistId));
        SpotifyArgument.Uris(Uris, PlaylistArguments.ItemTypes, int.MaxValue, nameof(Uris));
        PlaylistArguments.Position(Position, nameof(Position));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("playlists").Segment(PlaylistId).Path("tracks").ToString();

    /// <inheritdoc />
    internal override HttpContent BuildContent() =>
        JsonContent.Create(new AddPlaylistItemsBody { Uris = Uris, Position = Position }, SpotifyJsonContext.Default.AddPlaylistItemsBody);
}
