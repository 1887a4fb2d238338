namespace Spotantic.AspNetCore;

/// <summary>Default values of the Spotify authentication scheme.</summary>
public static class SpotifyAuthenticationDefaults
{
    /// <summary>The default scheme name, <c>Spotify</c>.</summary>
    public const string AuthenticationScheme = "Spotify";

    /// <summary>The default display name of the scheme.</summary>
    public const string DisplayName = "Spotify";

    /// <summary>The default callback path, <c>/signin-spotify</c>: register <c>https://your.host/signin-spotify</c> with Spotify.</summary>
    public const string CallbackPath = "/signin-spotify";

    /// <summary>
    /// The start of the token key of a request without a signed-in Spotify user (followed by the request's trace ID, so
    /// that each anonymous request has a key of its own). No token is ever stored under it (a signed-in user's
    /// key starts with <see cref="AccountTokenKeyPrefix"/> or <see cref="UserTokenKeyPrefix"/>), so a call made with it fails with
    /// <see cref="Exceptions.SpotifyAuthorizationRequiredException"/>, which <c>UseSpotifyChallenges</c> turns into a sign-in.
    /// </summary>
    public const string AnonymousTokenKey = "spotantic:anonymous";

    /// <summary>
    /// The start of a signed-in user's token key when Spotify sends an <c>account_id</c> (the stable identifier):
    /// <c>spotify:account:&lt;account_id&gt;</c>. The prefixes keep every user's key apart from
    /// <c>SpotifyTokenKeys.Default</c> and <see cref="AnonymousTokenKey"/>, whatever the user's ID is.
    /// </summary>
    public const string AccountTokenKeyPrefix = "spotify:account:";

    /// <summary>The start of a signed-in user's token key when Spotify sends no <c>account_id</c>: <c>spotify:user:&lt;id&gt;</c>.</summary>
    public const string UserTokenKeyPrefix = "spotify:user:";
}
