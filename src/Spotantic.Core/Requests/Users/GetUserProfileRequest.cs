using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Gets a user's public profile (<c>GET /users/{user_id}</c>, operation <c>get-users-profile</c>, deprecated).</summary>
/// <param name="UserId">The user's Spotify user ID (an opaque string such as <c>smedjan</c>, not a base-62 ID).</param>
/// <remarks>
/// Needs no scope: any token works, a client-credentials token included. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-users-profile"/>.
/// </remarks>
public sealed record GetUserProfileRequest(string UserId) : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-users-profile", HttpMethod.Get, "/users/{user_id}", ScopeRequirement.None, isIdempotent: true, isDeprecated: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate() => UsersArguments.UserId(UserId, nameof(UserId));

    /// <inheritdoc />
    internal override string BuildRelativeUri() => new QueryStringBuilder("users").Segment(UserId).ToString();
}
