using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Spotantic.AspNetCore.SignOut;

/// <summary>
/// Makes signing out of the cookie scheme a Spotify scheme signs in to also forget the user's Spotify token, in
/// memory and in the token store, by wrapping <see cref="CookieAuthenticationEvents.OnSigningOut"/>. An app that
/// replaces <c>Events</c> through <c>EventsType</c> must clear the token itself
/// (<c>ISpotifyTokenManagerProvider.GetManager(key).ClearAsync()</c>).
/// </summary>
/// <remarks>
/// Other cookie schemes are left alone: ASP.NET Core Identity, for one, signs out of its external cookie right after
/// a sign-in, which must not cost the user the token just stored.
/// </remarks>
internal sealed class SpotifySignOutPostConfigure(
    SpotifySignOut signOut,
    SpotifySchemeNames schemes,
    IOptionsMonitor<SpotifyAuthenticationOptions> spotifyOptions,
    IOptions<AuthenticationOptions> authenticationOptions) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (!IsSpotifySignInScheme(name))
        {
            return;
        }

        var events = options.Events ?? new CookieAuthenticationEvents();
        var inner = events.OnSigningOut;
        events.OnSigningOut = async context =>
        {
            await signOut.ForgetTokenAsync(context.HttpContext).ConfigureAwait(false);
            await inner(context).ConfigureAwait(false);
        };
        options.Events = events;
    }

    private bool IsSpotifySignInScheme(string? cookieScheme)
    {
        var defaults = authenticationOptions.Value;
        return schemes.Names.Any(scheme =>
            string.Equals(spotifyOptions.Get(scheme).SignInScheme ?? defaults.DefaultSignInScheme ?? defaults.DefaultScheme, cookieScheme, StringComparison.Ordinal));
    }
}
