using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets one playlist (<c>GET /playlists/{playlist_id}</c>, operation <c>get-playlist</c>).</summary>
/// <param name="PlaylistId">The playlist's Spotify ID.</param>
/// <remarks>
/// No scope is checked: Spotify serves public playlists to any token, client credentials included. The embedded
/// <c>items</c> page is filled only for playlists the user owns or collaborates on.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-playlist"/>.
/// </remarks>
public sealed record GetPlaylistRequest(string PlaylistId) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-playlist", HttpMethod.Get, "/playlists/{playlist_id}", ScopeRequirement.None, isIdempotent: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <summary>A filter of the fields to return, e.g. <c>name,items.total</c>; <see langword="null"/> for every field.</summary>
    public string? Fields { get; init; }

    /// <summary>The item types the caller understands besides tracks: <c>track</c> and/or <c>episode</c>.</summary>
    public IReadOnlyList<string>? AdditionalTypes { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Id(PlaylistId, nameof(PlaylistId));
        SpotifyArgument.Market(Market, nameof(Market));
        PlaylistArguments.Fields(Fields, nameof(Fields));
        PlaylistArguments.AdditionalTypes(AdditionalTypes, nameof(AdditionalTypes));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("playlists").Segment(PlaylistId).Query("market", Market).Query("fields", Fields).Query("additional_types", AdditionalTypes).ToString();
}
