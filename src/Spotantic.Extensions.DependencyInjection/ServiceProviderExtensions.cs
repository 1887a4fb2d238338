using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection;

/// <summary>Shortcuts used by the registrations. An app name of <see langword="null"/> is the unnamed <c>AddSpotantic</c>.</summary>
internal static class ServiceProviderExtensions
{
    public static SpotanticOptions GetSpotanticOptions(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<SpotanticOptions>>().Value;

    public static SpotanticOptions GetSpotanticOptions(this IServiceProvider services, string? name) =>
        name is null
            ? services.GetSpotanticOptions()
            : services.GetRequiredService<IOptionsMonitor<SpotanticOptions>>().Get(name);

    /// <summary>Resolves the app's own registration of <typeparamref name="T"/> (keyed by the app name, if any).</summary>
    public static T GetAppService<T>(this IServiceProvider services, string? name)
        where T : notnull =>
        name is null ? services.GetRequiredService<T>() : services.GetRequiredKeyedService<T>(name);
}
