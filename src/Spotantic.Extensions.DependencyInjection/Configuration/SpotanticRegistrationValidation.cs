using Microsoft.Extensions.Options;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Configuration;

/// <summary>
/// Fails start-up when two <c>AddSpotantic</c> calls for one app (two unnamed ones, say) set different client IDs:
/// the later would silently replace the earlier, and calls meant for one Spotify app would go out as the other.
/// </summary>
internal sealed class SpotanticRegistrationValidation(SpotanticRegistration registration) : IValidateOptions<SpotanticOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SpotanticOptions options)
    {
        if (!string.Equals(name ?? Options.DefaultName, registration.Name ?? Options.DefaultName, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var clientIds = registration.ClientIdSources
            .Select(source => source())
            .Where(id => !string.IsNullOrEmpty(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (clientIds.Count <= 1)
        {
            return ValidateOptionsResult.Success;
        }

        var app = registration.Name is null ? "AddSpotantic (unnamed)" : $"AddSpotantic(\"{registration.Name}\", ...)";
        return ValidateOptionsResult.Fail(
            $"{app} was called {registration.ClientIdSources.Count} times with different client IDs ({string.Join(", ", clientIds)}). " +
            "Each Spotify app needs its own name: keep one AddSpotantic(configuration) and register the others as AddSpotantic(\"name\", configuration.GetSection(\"...\")), then inject them with [FromKeyedServices(\"name\")].");
    }
}
