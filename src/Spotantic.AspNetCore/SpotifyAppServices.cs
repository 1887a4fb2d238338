using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spotantic.Auth;
using Spotantic.Configuration;

namespace Spotantic.AspNetCore;

/// <summary>Resolves the services of a Spotantic app by its name (<see langword="null"/> for the unnamed one).</summary>
internal static class SpotifyAppServices
{
    public static ISpotifyTokenManagerProvider GetTokenManagerProvider(IServiceProvider services, string? appName) =>
        appName is null
            ? services.GetRequiredService<ISpotifyTokenManagerProvider>()
            : services.GetRequiredKeyedService<ISpotifyTokenManagerProvider>(appName);

    public static bool IsRegistered(IServiceProviderIsService services, string? appName) =>
        appName is null
            ? services.IsService(typeof(ISpotifyTokenManagerProvider))
            : services is IServiceProviderIsKeyedService keyed && keyed.IsKeyedService(typeof(ISpotifyTokenManagerProvider), appName);

    public static SpotanticOptions GetOptions(IServiceProvider services, string? appName) =>
        services.GetRequiredService<IOptionsMonitor<SpotanticOptions>>().Get(appName ?? Options.DefaultName);
}
