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
        var named = !string.IsNullOrEmpty(name) && name != Options.DefaultName;
        if (named && (!options.Logging.Enable || options.Logging.Debug || options.Logging.LogsDir is not null))
        {
            // The Spotantic log categories and the session file belong to the process, not to one app: a named app's
            // own setting could not take effect, and silently ignoring it would be worse than saying so.
            errors = [.. errors, "Logging is shared by every Spotantic app in the process and is set only in the unnamed app's Spotantic:Logging section (or with the standard Logging:LogLevel:Spotantic): remove this app's Logging settings."];
        }

        if (errors.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        // The messages name the unnamed app's keys (Spotantic:Auth:...); say which named app they are about.
        return ValidateOptionsResult.Fail(named ? errors.Select(error => $"Spotantic app '{name}': {error}") : errors);
    }
}
