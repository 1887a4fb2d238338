using Microsoft.Extensions.Options;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Configuration;

/// <summary>Runs <see cref="SpotanticOptionsValidator"/> when the options are first resolved (at start-up with <c>ValidateOnStart</c>).</summary>
internal sealed class SpotanticOptionsValidation : IValidateOptions<SpotanticOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SpotanticOptions options)
    {
        var errors = SpotanticOptionsValidator.Validate(options);
        if (errors.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        // The messages name the unnamed app's keys (Spotantic:Auth:...); say which named app they are about.
        return ValidateOptionsResult.Fail(string.IsNullOrEmpty(name) || name == Options.DefaultName
            ? errors
            : errors.Select(error => $"Spotantic app '{name}': {error}"));
    }
}
