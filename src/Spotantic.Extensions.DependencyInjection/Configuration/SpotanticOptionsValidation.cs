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
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
