using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Exceptions;

namespace Spotantic.AspNetCore.Challenges;

/// <summary>
/// Turns the Spotify errors a user can fix into a trip to Spotify: <see cref="SpotifyAuthorizationRequiredException"/>
/// for the current user (not signed in, or the refresh token died) into a sign-in, and
/// <see cref="SpotifyInsufficientScopeException"/> into a consent to the missing scopes. The challenge goes to the
/// Spotify scheme of the app that raised the error (<c>SpotanticAppName</c>), so a call through a named app signs in to
/// that app. Only while the response has not started; otherwise the exception propagates.
/// </summary>
internal sealed class SpotifyChallengeMiddleware(
    RequestDelegate next,
    ISpotifyTokenKeyAccessor tokenKeys,
    SpotifySchemeNames schemes,
    IOptionsMonitor<SpotifyAuthenticationOptions> schemeOptions,
    SpotifyChallengeScheme only)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (SpotifyAuthorizationRequiredException exception)
            when (!context.Response.HasStarted && IsCurrentUser(exception.TokenKey) && SchemeFor(exception.AppName) is not null)
        {
            context.Response.Clear();
            await context.ChallengeSpotifyAsync(authenticationScheme: SchemeFor(exception.AppName)!).ConfigureAwait(false);
        }
        catch (SpotifyInsufficientScopeException exception)
            when (!context.Response.HasStarted && exception.MissingScopes.Count > 0 && IsCurrentUser(exception.TokenKey) && SchemeFor(exception.AppName) is not null)
        {
            context.Response.Clear();
            await context.ChallengeSpotifyAsync(exception.MissingScopes, authenticationScheme: SchemeFor(exception.AppName)!).ConfigureAwait(false);
        }
    }

    // A call made for another key (ISpotifyClientFactory.ForUser) is not this browser's to fix.
    private bool IsCurrentUser(string? tokenKey) =>
        tokenKey is null || string.Equals(tokenKey, tokenKeys.TokenKey, StringComparison.Ordinal);

    // The scheme that signs in to the app whose token is missing; none when no Spotify scheme serves that app (or the
    // one given to UseSpotifyChallenges serves another), since a sign-in to another app could never fix the call.
    private string? SchemeFor(string? appName)
    {
        foreach (var scheme in only.Name is { } name ? [name] : schemes.Names)
        {
            if (string.Equals(schemeOptions.Get(scheme).SpotanticAppName, appName, StringComparison.Ordinal))
            {
                return scheme;
            }
        }

        return null;
    }
}
