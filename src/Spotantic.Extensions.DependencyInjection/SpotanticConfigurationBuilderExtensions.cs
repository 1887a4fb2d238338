using Spotantic.Extensions.DependencyInjection.Configuration;

namespace Microsoft.Extensions.Configuration;

/// <summary>Adds the Python library's configuration names to a configuration builder.</summary>
public static class SpotanticConfigurationBuilderExtensions
{
    /// <summary>
    /// Reads the <c>SPOTANTIC_*</c> environment variables of the Python library (e.g. <c>SPOTANTIC_AUTH_CLIENT_ID</c>)
    /// and the same names from a <c>.env</c> file, as <c>Spotantic:*</c> keys. The environment overrides the file;
    /// sources added later override both.
    /// </summary>
    /// <param name="builder">The configuration builder.</param>
    /// <param name="envFilePath">The <c>.env</c> file (ignored when missing), or <see langword="null"/> to read only the environment.</param>
    /// <returns>The builder.</returns>
    public static IConfigurationBuilder AddSpotanticEnvironment(this IConfigurationBuilder builder, string? envFilePath = ".env")
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new SpotanticEnvironmentConfigurationSource { EnvFilePath = envFilePath });
    }
}
