using Microsoft.Extensions.DependencyInjection;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Tests.Registration;

/// <summary>Registers Spotantic for the client credentials flow with both HttpClients answered by a <see cref="StubSpotifyHandler"/>.</summary>
internal static class StubbedSpotantic
{
    public const string ClientId = "5fe01282e44241328a84e7c5cc169165";
    public const string ClientSecret = "c0ffee5ecret9d8e7f6a5b4c3d2e1f00";

    public static SpotanticBuilder Add(IServiceCollection services, StubSpotifyHandler stub, Action<SpotanticOptions>? configure = null)
    {
        var builder = services.AddSpotantic(options =>
        {
            options.Auth.ClientId = ClientId;
            options.Auth.ClientSecret = ClientSecret;
            options.Auth.Flow = SpotifyAuthFlow.ClientCredentials;
            configure?.Invoke(options);
        });
        builder.ApiHttpClient.ConfigurePrimaryHttpMessageHandler(() => stub);
        builder.AccountsHttpClient.ConfigurePrimaryHttpMessageHandler(() => stub);
        return builder;
    }
}
