using Microsoft.AspNetCore.Http;
using Spotantic.Auth;
using Spotantic.Exceptions;

namespace Spotantic.AspNetCore.Challenges;

/// <summary>
/// Turns the Spotify errors a user can fix into a trip to Spotify: <see cref="SpotifyAuthorizationRequiredException"/>
/// for the current user (not signed in, or the refresh token died) into a sign-in, and
/// <see cref="SpotifyInsufficientScopeException"/> into a consent to the missing scopes. Only while the response has
/// not started; otherwise the exception propagates.
/// </summary>
internal sealed class SpotifyChallengeMiddleware(RequestDelegate next, ISpotifyTokenKeyAccessor tokenKeys, string authenticationScheme)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (SpotifyAuthorizationRequiredException exception) when (!context.Response.HasStarted && IsCurrentUser(exception.TokenKey))
        {
            context.Response.Clear();
            await context.ChallengeSpotifyAsync(authenticationScheme: authenticationScheme).ConfigureAwait(false);
        }
        catch (SpotifyInsufficientScopeException exception) when (!context.Response.HasStarted && exception.MissingScopes.Count > 0)
        {
            context.Response.Clear();
            await context.ChallengeSpotifyAsync(exception.MissingScopes, authenticationScheme: authenticationScheme).ConfigureAwait(false);
        }
    }

    // A call made for another key (ISpotifyClientFactory.ForUser) is not this browser's to fix.
    private bool IsCurrentUser(string? tokenKey) =>
        tokenKey is null || string.Equals(tokenKey, tokenKeys.TokenKey, StringComparison.Ordinal);
}
