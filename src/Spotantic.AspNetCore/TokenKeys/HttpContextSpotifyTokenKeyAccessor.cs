using Microsoft.AspNetCore.Http;
using Spotantic.Auth;

namespace Spotantic.AspNetCore.TokenKeys;

/// <summary>
/// The token key of the current call in a web app: the signed-in user's <see cref="SpotifyClaimTypes.TokenKey"/>
/// claim inside a request; <see cref="SpotifyAuthenticationDefaults.AnonymousTokenKey"/> and the request's trace ID in a request without one (so
/// the call fails with an authorization-required error that becomes a sign-in, rather than acting for someone else);
/// <see cref="SpotifyTokenKeys.Default"/> outside any request, e.g. in a hosted service.
/// </summary>
internal sealed class HttpContextSpotifyTokenKeyAccessor(IHttpContextAccessor httpContextAccessor) : ISpotifyTokenKeyAccessor
{
    public string TokenKey
    {
        get
        {
            if (httpContextAccessor.HttpContext is not { } context)
            {
                return SpotifyTokenKeys.Default;
            }

            return context.User.FindFirst(SpotifyClaimTypes.TokenKey)?.Value is { Length: > 0 } key
                ? key
                // One key per anonymous request: a token that code stored under it can never serve another visitor.
                : SpotifyAuthenticationDefaults.AnonymousTokenKey + ":" + context.TraceIdentifier;
        }
    }
}
