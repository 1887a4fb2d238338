namespace Spotantic.AspNetCore;

/// <summary>The claim types the Spotify handler adds besides <c>ClaimTypes.NameIdentifier</c> and <c>ClaimTypes.Name</c>.</summary>
public static class SpotifyClaimTypes
{
    /// <summary>The Spotify user ID (<c>id</c> of <c>GET /me</c>).</summary>
    public const string UserId = "urn:spotify:user_id";

    /// <summary>The Spotify account ID (<c>account_id</c> of <c>GET /me</c>), when Spotify returns one.</summary>
    public const string AccountId = "urn:spotify:account_id";

    /// <summary>
    /// The token key under which the user's token is stored server-side: <c>spotify:account:</c> and the account ID when
    /// Spotify sends one, else <c>spotify:user:</c> and the user ID (see
    /// <see cref="SpotifyAuthenticationDefaults.AccountTokenKeyPrefix"/>). Pass it to <c>ISpotifyClientFactory.ForUser</c>
    /// to act for the user outside the request, e.g. in a background job.
    /// </summary>
    public const string TokenKey = "urn:spotantic:token_key";
}
