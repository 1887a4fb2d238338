using Spotantic.AspNetCore;
using Spotantic.AspNetCore.Challenges;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the middleware that sends the browser to Spotify when a Spotify call needs a sign-in or more scopes.</summary>
public static class SpotifyChallengeApplicationBuilderExtensions
{
    /// <summary>
    /// Catches, in the rest of the pipeline, <c>SpotifyAuthorizationRequiredException</c> for the current user (no
    /// signed-in user, or Spotify refused the user's refresh token) and answers with a Spotify sign-in challenge that
    /// returns to the current page; and <c>SpotifyInsufficientScopeException</c>, answered with a challenge asking for
    /// the missing scopes too. Place it after <c>UseAuthentication</c> and <c>UseAuthorization</c>. Works for minimal
    /// APIs, MVC and Razor Pages; Blazor Server (whose calls run outside the HTTP request) is not covered.
    /// </summary>
    /// <param name="app">The application builder.</param>
    /// <param name="authenticationScheme">The Spotify scheme; defaults to <see cref="SpotifyAuthenticationDefaults.AuthenticationScheme"/>.</param>
    /// <returns>The application builder.</returns>
    public static IApplicationBuilder UseSpotifyChallenges(this IApplicationBuilder app, string authenticationScheme = SpotifyAuthenticationDefaults.AuthenticationScheme)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentException.ThrowIfNullOrEmpty(authenticationScheme);
        return app.UseMiddleware<SpotifyChallengeMiddleware>(authenticationScheme);
    }
}
