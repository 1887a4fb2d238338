using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spotantic.Configuration;
using Spotantic.Http;

namespace Spotantic.AspNetCore.Configuration;

/// <summary>
/// Copies the client, scopes and endpoints of the scheme's Spotantic app into the scheme options, so that
/// <c>Spotantic:Auth</c> and <c>Spotantic:Client</c> stay the one place they are configured.
/// </summary>
internal sealed class SpotifyAuthenticationPostConfigure(IOptionsMonitor<SpotanticOptions> spotantic, IServiceProviderIsService services) : IPostConfigureOptions<SpotifyAuthenticationOptions>
{
    public void PostConfigure(string? name, SpotifyAuthenticationOptions options)
    {
        // Options of an app nobody registered would bind to nothing and fail only at the first sign-in; the
        // validation says which AddSpotantic is missing instead.
        options.SpotanticAppMissing = !SpotifyAppServices.IsRegistered(services, options.SpotanticAppName);
        if (options.SpotanticAppMissing)
        {
            return;
        }

        SpotanticOptions app;
        try
        {
            app = spotantic.Get(options.SpotanticAppName ?? Options.DefaultName);
        }
        catch (OptionsValidationException)
        {
            // The Spotantic options report their own failures at start-up; repeating them for this scheme (or
            // failing on the client ID they did not supply) would only bury the message that names the key to fix.
            options.SpotanticOptionsInvalid = true;
            return;
        }

        options.ClientId = app.Auth.ClientId ?? string.Empty;

        // Only the code flow with a secret sends one; with PKCE the app is a public client.
        options.ClientSecret = app.Auth.Flow == SpotifyAuthFlow.AuthorizationCode ? app.Auth.ClientSecret ?? string.Empty : string.Empty;
        options.Scope.Clear();
        foreach (var scope in SpotifyScopes.Parse(app.Auth.Scope).Order(StringComparer.Ordinal))
        {
            options.Scope.Add(scope);
        }

        var accounts = app.Client.AccountsBaseAddress ?? SpotanticClientOptions.DefaultAccountsBaseAddress;
        var api = app.Client.ApiBaseAddress ?? SpotanticClientOptions.DefaultApiBaseAddress;
        options.AuthorizationEndpoint = new Uri(accounts, "authorize").AbsoluteUri;
        options.TokenEndpoint = new Uri(accounts, "api/token").AbsoluteUri;
        options.UserInformationEndpoint = new Uri(api, "me").AbsoluteUri;
    }
}
