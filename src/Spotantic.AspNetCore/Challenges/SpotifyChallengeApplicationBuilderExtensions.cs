using Microsoft.Extensions.DependencyInjection;
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
    /// the missing scopes too. Each goes to the Spotify scheme registered for the app that raised it (its
    /// <c>SpotanticAppName</c>); errors of calls made for another user (<c>ForUser</c>) or of an app without a Spotify
    /// scheme propagate. Place it after <c>UseAuthentication</c> and <c>UseAuthorization</c>. Works for minimal APIs,
    /// MVC and Razor Pages; Blazor Server (whose calls run outside the HTTP request) is not covered.
    /// </summary>
    /// <param name="app">The application builder.</param>
    /// <param name="authenticationScheme">
    /// One Spotify scheme to challenge, which then handles only the errors of its own app; <see langword="null"/> (the
    /// default) for the scheme of each app.
    /// </param>
    /// <returns>The application builder.</returns>
    /// <exception cref="InvalidOperationException">No Spotify scheme is registered (<c>AddAuthentication().AddSpotify()</c>).</exception>
    public static IApplicationBuilder UseSpotifyChallenges(this IApplicationBuilder app, string? authenticationScheme = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (authenticationScheme is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(authenticationScheme);
        }

        var schemes = app.ApplicationServices.GetService<SpotifySchemeNames>();
        if (schemes is null || schemes.Names.Count == 0)
        {
            throw new InvalidOperationException("UseSpotifyChallenges needs a Spotify sign-in scheme: add services.AddAuthentication(...).AddCookie().AddSpotify().");
        }

        if (authenticationScheme is not null && !schemes.Names.Contains(authenticationScheme, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"UseSpotifyChallenges was given the scheme '{authenticationScheme}', which is not a Spotify scheme; the Spotify schemes are: {string.Join(", ", schemes.Names)}.");
        }

        return app.UseMiddleware<SpotifyChallengeMiddleware>(new SpotifyChallengeScheme(authenticationScheme));
    }
}
