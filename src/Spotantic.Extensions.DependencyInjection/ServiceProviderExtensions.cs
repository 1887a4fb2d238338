using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection;

/// <summary>Shortcuts used by the registrations.</summary>
internal static class ServiceProviderExtensions
{
    public static SpotanticOptions GetSpotanticOptions(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<SpotanticOptions>>().Value;
}
