using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>
/// Gets the user's playback state: the active device, repeat and shuffle modes, and the playing item
/// (<c>GET /me/player</c>, operation <c>get-information-about-the-users-current-playback</c>).
/// </summary>
/// <remarks>
/// Needs <c>user-read-playback-state</c>. Spotify answers <c>204 No Content</c> when nothing plays; the result's data is
/// then <see langword="null"/>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-information-about-the-users-current-playback"/>.
/// </remarks>
public sealed record GetPlaybackStateRequest : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-information-about-the-users-current-playback", HttpMethod.Get, "/me/player", ScopeRequirement.AllOf(SpotifyScopes.UserReadPlaybackState), isIdempotent: true);

    /// <summary>An ISO 3166-1 alpha-2 country code; applies track relinking for that market.</summary>
    public string? Market { get; init; }

    /// <summary>
    /// The item types the caller handles besides tracks: <c>track</c> and/or <c>episode</c>. Without <c>episode</c>,
    /// Spotify leaves out a playing episode (the item is then <see langword="null"/>).
    /// </summary>
    public IReadOnlyList<string>? AdditionalTypes { get; init; }

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        SpotifyArgument.Market(Market, nameof(Market));
        PlayerArguments.ItemTypes(AdditionalTypes, nameof(AdditionalTypes));
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() =>
        new QueryStringBuilder("me/player").Query("market", Market).Query("additional_types", AdditionalTypes).ToString();
}
