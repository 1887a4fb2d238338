using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Gets the playing item and the user's queue (<c>GET /me/player/queue</c>, operation <c>get-queue</c>).</summary>
/// <remarks>
/// Either <c>user-read-currently-playing</c> or <c>user-read-playback-state</c> is enough (the spec lists both as
/// alternatives). See <see href="https://developer.spotify.com/documentation/web-api/reference/get-queue"/>.
/// </remarks>
public sealed record GetQueueRequest : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-queue", HttpMethod.Get, "/me/player/queue", ScopeRequirement.AnyOf(SpotifyScopes.UserReadCurrentlyPlaying, SpotifyScopes.UserReadPlaybackState), isIdempotent: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => "me/player/queue";
}
