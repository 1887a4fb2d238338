using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>Gets a page of Spotify's featured playlists (<c>GET /browse/featured-playlists</c>, operation <c>get-featured-playlists</c>, deprecated).</summary>
/// <remarks>
/// No scope: any token works, client credentials included.
/// See <see href="https://developer.spotify.com/documentation/web-api/reference/get-featured-playlists"/>.
/// </remarks>
public sealed record GetFeaturedPlaylistsRequest : SpotifyRequest
{
    /// <summary>The largest page Spotify returns.</summary>
    public const int MaxLimit = 50;

    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-featured-playlists", HttpMethod.Get, "/browse/featured-playlists", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <summary>The language of the message, e.g. <c>sv_SE</c>; <see langword="null"/> for American English.</summary>
    public string? Locale { get; init; }

    /// <summary>The page size, 1 to 50 (Spotify's default is 20).</summary>
    public int? Limit { get; init; }

    /// <summary>The index of the first playlist, 0 or more.</summary>
    public int? Offset { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        PlaylistArguments.Locale(Locale, nameof(Locale));
        SpotifyArgument.Range(Limit, 1, MaxLimit, nameof(Limit));
        SpotifyArgument.Offset(Offset, nameof(Offset));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("browse/featured-playlists").Query("locale", Locale).Query("limit", Limit).Query("offset", Offset).ToString();
}
