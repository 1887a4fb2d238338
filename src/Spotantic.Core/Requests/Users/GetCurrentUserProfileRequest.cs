using Spotantic.Http;

namespace Spotantic.Requests;

/// <summary>Gets the current user's profile (<c>GET /me</c>, operation <c>get-current-users-profile</c>).</summary>
/// <remarks>
/// The spec lists <c>user-read-private</c> and <c>user-read-email</c>, but Spotify serves the profile to any user token
/// and only leaves fields out: without <c>user-read-email</c> there is no <c>email</c>, without
/// <c>user-read-private</c> no <c>country</c>, <c>product</c> or <c>explicit_content</c>. So the scope rule is
/// <see cref="ScopeRequirement.None"/> and those model properties are nullable. See
/// <see href="https://developer.spotify.com/documentation/web-api/reference/get-current-users-profile"/>.
/// </remarks>
public sealed record GetCurrentUserProfileRequest : SpotifyRequest
{
    /// <summary>The operation this request calls.</summary>
    public static SpotifyOperation Definition { get; } = new("get-current-users-profile", HttpMethod.Get, "/me", ScopeRequirement.None, isIdempotent: true);

    /// <inheritdoc />
    public override SpotifyOperation Operation => Definition;

    /// <inheritdoc />
    public override void Validate()
    {
        // No arguments.
    }

    /// <inheritdoc />
    internal override string BuildRelativeUri() => "me";
}
