using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Tests.Configuration;

/// <summary>Binds options the way an app does: through <c>AddSpotantic(configuration)</c> and the container.</summary>
internal static class SpotanticOptionsBinder
{
    public static IConfiguration FromJson(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    /// <remarks>Resolving the options also runs the start-up validators, the unknown-key check included.</remarks>
    public static async Task<SpotanticOptions> BindAsync(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSpotantic(configuration);
        await using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<SpotanticOptions>>().Value;
    }
}
