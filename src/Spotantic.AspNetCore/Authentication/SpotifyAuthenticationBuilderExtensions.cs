using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Spotantic.AspNetCore;
using Spotantic.AspNetCore.Configuration;
using Spotantic.AspNetCore.SignOut;
using Spotantic.AspNetCore.TokenKeys;
using Spotantic.Auth;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Spotify sign-in to ASP.NET Core authentication.</summary>
public static class SpotifyAuthenticationBuilderExtensions
{
    /// <summary>
    /// Adds the <see cref="SpotifyAuthenticationDefaults.AuthenticationScheme"/> scheme. See
    /// <see cref="AddSpotify(AuthenticationBuilder, string, Action{SpotifyAuthenticationOptions}?)"/>.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="configure">Sets further options, e.g. <see cref="Microsoft.AspNetCore.Authentication.RemoteAuthenticationOptions.CallbackPath"/>.</param>
    /// <returns>The authentication builder.</returns>
    public static AuthenticationBuilder AddSpotify(this AuthenticationBuilder builder, Action<SpotifyAuthenticationOptions>? configure = null) =>
        builder.AddSpotify(SpotifyAuthenticationDefaults.AuthenticationScheme, configure);

    /// <summary>
    /// Adds a Spotify sign-in scheme for the Spotantic app registered with <c>AddSpotantic</c> (client ID, secret,
    /// scopes and the accounts address come from <c>Spotantic:Auth</c> and <c>Spotantic:Client</c>), validated at
    /// start-up. A signed-in user's token is stored server-side under the user's token key; the cookie holds claims
    /// only. The injected Spotify clients then act, in each request, for the signed-in user; in a request without one
    /// for nobody (the call asks for a sign-in, see <c>UseSpotifyChallenges</c>); outside requests, as in a
    /// hosted service, for <see cref="SpotifyTokenKeys.Default"/> (use <c>ISpotifyClientFactory.ForUser</c> there).
    /// Signing out of a cookie scheme forgets the user's token.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme name.</param>
    /// <param name="configure">Sets further options, e.g. <see cref="Microsoft.AspNetCore.Authentication.RemoteAuthenticationOptions.CallbackPath"/>.</param>
    /// <returns>The authentication builder.</returns>
    public static AuthenticationBuilder AddSpotify(this AuthenticationBuilder builder, string authenticationScheme, Action<SpotifyAuthenticationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(authenticationScheme);
        var services = builder.Services;
        services.AddHttpContextAccessor();

        // AddSpotantic registers its single-user accessor with TryAdd, so this wins whichever is called first.
        services.Replace(ServiceDescriptor.Singleton<ISpotifyTokenKeyAccessor, HttpContextSpotifyTokenKeyAccessor>());
        var schemes = services.Select(d => d.ImplementationInstance).OfType<SpotifySchemeNames>().FirstOrDefault();
        if (schemes is null)
        {
            schemes = new SpotifySchemeNames();
            services.AddSingleton(schemes);
        }

        schemes.Add(authenticationScheme);
        services.TryAddSingleton<SpotifySignOut>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<SpotifyAuthenticationOptions>, SpotifyAuthenticationPostConfigure>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SpotifyAuthenticationOptions>, SpotifyAuthenticationOptionsValidation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<CookieAuthenticationOptions>, SpotifySignOutPostConfigure>());
        services.AddOptions<SpotifyAuthenticationOptions>(authenticationScheme).ValidateOnStart();
        return builder.AddOAuth<SpotifyAuthenticationOptions, SpotifyAuthenticationHandler>(authenticationScheme, SpotifyAuthenticationDefaults.DisplayName, configure ?? (_ => { }));
    }
}
