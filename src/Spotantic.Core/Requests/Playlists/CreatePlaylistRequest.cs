using System.Net.Http.Json;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Requests;

/// <summary>Creates a playlist for the current user (<c>POST /me/playlists</c>, operation <c>create-playlist</c>).</summary>
/// <param name="Name">The playlist's name; it need not be unique.</param>
/// <remarks>
/// Needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>; a private or collaborative playlist
/// (<see cref="Public"/> false or <see cref="Collaborative"/> true) needs <c>playlist-modify-private</c>, as Spotify
/// documents. Not idempotent: a repeated call creates a second playlist, so it is never retried after a transient fault.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/create-playlist"/>.
/// </remarks>
public sealed record CreatePlaylistRequest(string Name) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("create-playlist", HttpMethod.Post, "/me/playlists", ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate), isIdempotent: false);

    /// <summary>Whether the playlist is public; <see langword="null"/> for Spotify's default (public).</summary>
    public bool? Public { get; init; }

    /// <summary>Whether other users may modify it (it must then not be public); <see langword="null"/> for Spotify's default (no).</summary>
    public bool? Collaborative { get; init; }

    /// <summary>The description, or <see langword="null"/> for none.</summary>
    public string? Description { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <summary>
    /// <c>playlist-modify-private</c> for a private or collaborative playlist; otherwise either playlist-modify scope.
    /// </summary>
    public override ScopeRequirement RequiredScopes =>
        Public == false || Collaborative == true ? ScopeRequirement.AllOf(SpotifyScopes.PlaylistModifyPrivate) : Definition.Scopes;

    /// <inheritdoc />
    public override void Validate()
    {
        PlaylistArguments.Name(Name, nameof(Name));
        PlaylistArguments.CollaborativeNotPublic(Public ?? (Collaborative == true ? true : null), Collaborative, nameof(Collaborative));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => "me/playlists";

    /// <inheritdoc />
    internal override HttpContent BuildContent() =>
        JsonContent.Create(new CreatePlaylistBody { Name = Name, Public = Public, Collaborative = Collaborative, Description = Description }, SpotifyJsonContext.Default.CreatePlaylistBody);
}
