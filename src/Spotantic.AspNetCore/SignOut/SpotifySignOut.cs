using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Spotantic.AspNetCore.SignOut;

/// <summary>Forgets the Spotify token of the signed-in user in the app of every Spotify scheme.</summary>
internal sealed class SpotifySignOut(SpotifySchemeNames schemes, IOptionsMonitor<SpotifyAuthenticationOptions> options)
{
    public async Task ForgetTokenAsync(HttpContext context)
    {
        if (context.User.FindFirst(SpotifyClaimTypes.TokenKey)?.Value is not { Length: > 0 } key)
        {
            return;
        }

        // One browser signing out ends the user's server-side token for all of that user's browsers: the key is the
        // user, not the session. Those browsers are sent to sign in again at their next Spotify call.
        foreach (var appName in schemes.Names.Select(scheme => options.Get(scheme).SpotanticAppName).Distinct(StringComparer.Ordinal))
        {
            var provider = SpotifyAppServices.GetTokenManagerProvider(context.RequestServices, appName);
            await provider.GetManager(key).ClearAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }
}
