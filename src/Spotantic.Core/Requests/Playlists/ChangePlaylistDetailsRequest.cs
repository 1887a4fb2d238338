using System.Net.Http.Json;
using Spotantic.Http;
using Spotantic.Models;
using Spotantic.Serialization;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Changes a playlist's name, description, public or collaborative status (<c>PUT /playlists/{playlist_id}</c>, operation <c>change-playlist-details</c>).</summary>
/// <param name="PlaylistId">The playlist's Spotify ID.</param>
/// <remarks>
/// Needs <c>playlist-modify-public</c> or <c>playlist-modify-private</c>: Spotify asks for the one matching the
/// playlist's visibility, which only it knows, so either one lets the call through. Details left
/// <see langword="null"/> keep their value.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/change-playlist-details"/>.
/// </remarks>
public sealed record ChangePlaylistDetailsRequest(string PlaylistId) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("change-playlist-details", HttpMethod.Put, "/playlists/{playlist_id}", ScopeRequirement.AnyOf(SpotifyScopes.PlaylistModifyPublic, SpotifyScopes.PlaylistModifyPrivate), isIdempotent: true);

    /// <summary>The new name, or <see langword="null"/> to keep it.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the playlist becomes public, or <see langword="null"/> to keep it.</summary>
    public bool? Public { get; init; }

    /// <summary>Whether the playlist becomes collaborative (only a non-public one can), or <see langword="null"/> to keep it.</summary>
    public bool? Collaborative { get; init; }

    /// <summary>The new description, or <see langword="null"/> to keep it.</summary>
    public string? Description { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Id(PlaylistId, nameof(PlaylistId));
        if (Name is not null)
        {
            PlaylistArguments.Name(Name, nameof(Name));
        }

        if (Name is null && Public is null && Collaborative is null && Description is null)
        {
            throw new ArgumentException("Set at least one of Name, Public, Collaborative or Description.", nameof(Name));
        }

        PlaylistArguments.CollaborativeNotPublic(Public, Collaborative, nameof(Collaborative));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("playlists").Segment(PlaylistId).ToString();

    /// <inheritdoc />
    internal override HttpContent BuildContent() =>
        JsonContent.Create(new ChangePlaylistDetailsBody { Name = Name, Public = Public, Collaborative = Collaborative, Description = Description }, SpotifyJsonContext.Default.ChangePlaylistDetailsBody);
}
