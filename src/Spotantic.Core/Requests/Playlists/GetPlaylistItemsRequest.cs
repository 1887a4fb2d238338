using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of a playlist's tracks and episodes (<c>GET /playlists/{playlist_id}/items</c>, operation <c>get-playlists-items</c>).</summary>
/// <param name="PlaylistId">The playlist's Spotify ID.</param>
/// <remarks>
/// No scope is checked: the spec lists <c>playlist-read-private</c>, but Spotify serves the items of public playlists
/// without it; since February 2026 it answers 403 for playlists the user neither owns nor collaborates on.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-playlists-items"/>.
/// </remarks>
public sealed record GetPlaylistItemsRequest(string PlaylistId) : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-playlists-items", HttpMethod.Get, "/playlists/{playlist_id}/items", ScopeRequirement.None, isIdempotent: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; only content available there is returned.</summary>
    public string? Market { get; init; }

    /// <summary>A filter of the fields to return, e.g. <c>items(added_at,item(name))</c>; <see langword="null"/> for every field.</summary>
    public string? Fields { get; init; }

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first item, 0 or more.</summary>
    public int? Offset { get; init; }

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
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Offset(Offset, nameof(Offset));
        PlaylistArguments.AdditionalTypes(AdditionalTypes, nameof(AdditionalTypes));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("playlists").Segment(PlaylistId).Path("items")
            .Query("market", Market).Query("fields", Fields).Query("limit", Limit).Query("offset", Offset).Query("additional_types", AdditionalTypes).ToString();
}
