using System.Collections.Frozen;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Configuration;

/// <summary>
/// Reports configuration keys under <c>Spotantic</c> that no option reads: a misspelt key is an error, not a
/// setting silently ignored. Sections an extension package claims (<see cref="SpotanticConfigurationSection"/>) are
/// that package's to check.
/// </summary>
internal sealed class SpotanticConfigurationKeysValidator(string optionsName, IConfiguration section, IEnumerable<SpotanticConfigurationSection> claimed) : IValidateOptions<SpotanticOptions>
{
    // Sections of Spotantic's own extension packages: named in the error when set without the package's setup call.
    private static readonly FrozenDictionary<string, string> PackageSections = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Redis"] = "the Spotantic.Extensions.Caching.Redis package: call UseRedis() on the builder AddSpotantic returns",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, FrozenSet<string>> KnownKeys = new Dictionary<string, FrozenSet<string>>(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(SpotanticOptions.Auth)] = Set(
            nameof(SpotanticAuthOptions.ClientId), nameof(SpotanticAuthOptions.ClientSecret), nameof(SpotanticAuthOptions.RedirectUri),
            nameof(SpotanticAuthOptions.Scope), nameof(SpotanticAuthOptions.Flow), nameof(SpotanticAuthOptions.StoreAccessToken),
            nameof(SpotanticAuthOptions.AccessTokenFilePath), nameof(SpotanticAuthOptions.AllowLazyRefresh),
            nameof(SpotanticAuthOptions.RefreshMargin), nameof(SpotanticAuthOptions.AuthorizationTimeout),
            nameof(SpotanticAuthOptions.TokenManagerIdleTimeout)),
        [nameof(SpotanticOptions.Client)] = Set(
            nameof(SpotanticClientOptions.MaxAttempts), nameof(SpotanticClientOptions.CheckInsufficientScope),
            nameof(SpotanticClientOptions.ApiBaseAddress), nameof(SpotanticClientOptions.AccountsBaseAddress),
            nameof(SpotanticClientOptions.AttemptTimeout), nameof(SpotanticClientOptions.TotalTimeout),
            nameof(SpotanticClientOptions.MaxRetryAfter), nameof(SpotanticClientOptions.RetryBaseDelay)),
        [nameof(SpotanticOptions.Logging)] = Set(
            nameof(SpotanticLoggingOptions.Enable), nameof(SpotanticLoggingOptions.Debug), nameof(SpotanticLoggingOptions.LogsDir)),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SpotanticOptions options)
    {
        if (!string.Equals(name ?? Options.DefaultName, optionsName, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>();
        var claimedNames = claimed.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in section.GetChildren())
        {
            if (claimedNames.Contains(group.Key))
            {
                continue;
            }

            if (PackageSections.TryGetValue(group.Key, out var package) && optionsName == Options.DefaultName)
            {
                errors.Add($"{group.Path} is set, but nothing reads it: it belongs to {package}.");
                continue;
            }

            if (!KnownKeys.TryGetValue(group.Key, out var keys))
            {
                // Name every key set under the unknown section, so the message points at the exact line to fix.
                foreach (var path in group.AsEnumerable().Where(entry => entry.Value is not null).Select(entry => entry.Key).Order(StringComparer.Ordinal))
                {
                    errors.Add($"{path} is not a Spotantic setting: {group.Path} is not a section; the sections are Spotantic:Auth, Spotantic:Client and Spotantic:Logging.");
                }

                continue;
            }

            foreach (var key in group.GetChildren())
            {
                if (!keys.Contains(key.Key))
                {
                    errors.Add($"{key.Path} is not a Spotantic setting: {group.Path} takes {string.Join(", ", keys.Order(StringComparer.Ordinal))}.");
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static FrozenSet<string> Set(params string[] keys) => keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
