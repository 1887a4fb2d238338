using Microsoft.Extensions.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Configuration;

/// <summary>Configuration from the Python library's <c>SPOTANTIC_*</c> names, in the environment and a <c>.env</c> file.</summary>
internal sealed class SpotanticEnvironmentConfigurationSource : IConfigurationSource
{
    /// <summary>The <c>.env</c> file, or <see langword="null"/> to read only the environment.</summary>
    public string? EnvFilePath { get; init; }

    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new SpotanticEnvironmentConfigurationProvider(this);
}
