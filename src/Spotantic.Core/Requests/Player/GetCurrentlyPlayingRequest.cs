using Spotantic.Http;
using Spotantic.Validation;

namespace Spotantic.Requests;

/// <summary>
/// Gets the item the user is playing and its progress (<c>GET /me/player/currently-playing</c>, operation
/// <c>get-the-users-currently-playing-track</c>).
/// </summary>
/// <remarks>
/// The spec lists <c>user-read-currently-playing</c>, but Spotify also serves the call to a token with
/// <c>user-read-playback-state</c> alone (that scope reads the whole playback state, of which this is a part), so
/// either scope is enough. Spotify answers <c>204 No Content</c> when nothing plays; the result's data is then
/// <see langword="null"/>. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-the-users-currently-playing-track"/>.
/// </remarks>
public sealed record GetCurrentlyPlayingRequest : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-the-users-currently-playing-track", HttpMethod.Get, "/me/player/currently-playing", ScopeRequirement.AnyOf(SpotifyScopes.UserReadCurrentlyPlaying, SpotifyScopes.UserReadPlaybackState), isIdempotent: true);

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
        new QueryStringBuilder("me/player/currently-playing").Query("market", Market).Query("additional_types", AdditionalTypes).ToString();
}
