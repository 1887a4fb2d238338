using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Spotantic.Extensions.Caching.Redis.Configuration;

/// <summary>
/// Checks <c>Spotantic:Redis</c> at start-up: a connection to use, sensible durations, and no key that no option reads
/// (a misspelt key is an error, not a setting silently ignored).
/// </summary>
internal sealed class SpotanticRedisOptionsValidation(IServiceProvider services) : IValidateOptions<SpotanticRedisOptions>
{
    private static readonly string[] Keys =
    [
        nameof(SpotanticRedisOptions.Configuration), nameof(SpotanticRedisOptions.KeyPrefix), nameof(SpotanticRedisOptions.LeaseDuration),
        nameof(SpotanticRedisOptions.RefreshTokenLifetime), nameof(SpotanticRedisOptions.PersistDataProtectionKeys),
    ];

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SpotanticRedisOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Configuration) && services.GetService<IServiceProviderIsService>()?.IsService(typeof(IConnectionMultiplexer)) != true)
        {
            errors.Add("Spotantic:Redis:Configuration is not set, and no IConnectionMultiplexer is registered: set it to the Redis server (e.g. localhost:6379), or register the app's own connection (services.AddSingleton<IConnectionMultiplexer>(...)).");
        }
        else if (!string.IsNullOrWhiteSpace(options.Configuration))
        {
            try
            {
                ConfigurationOptions.Parse(options.Configuration);
            }
            catch (ArgumentException)
            {
                // StackExchange.Redis's message may quote part of the string, a password included: not repeated here.
                errors.Add("Spotantic:Redis:Configuration is not a StackExchange.Redis configuration string (e.g. host:6379,password=...,ssl=true): check its syntax.");
            }
        }

        if (string.IsNullOrEmpty(options.KeyPrefix))
        {
            errors.Add("Spotantic:Redis:KeyPrefix must not be empty: it keeps Spotantic's keys apart from the app's own (e.g. spotantic:).");
        }

        if (options.LeaseDuration < TimeSpan.FromSeconds(2) || options.LeaseDuration > TimeSpan.FromMinutes(10))
        {
            errors.Add($"Spotantic:Redis:LeaseDuration is {options.LeaseDuration}; it must be between 00:00:02 and 00:10:00 (it bounds how long a refresh may take, and how long a crashed instance blocks a user's refresh).");
        }

        if (options.RefreshTokenLifetime <= TimeSpan.Zero)
        {
            errors.Add($"Spotantic:Redis:RefreshTokenLifetime is {options.RefreshTokenLifetime}; it must be positive (Spotify's refresh tokens last six months: 183.00:00:00).");
        }

        if (services.GetService<IConfiguration>()?.GetSection(SpotanticRedisOptions.SectionName) is { } section)
        {
            foreach (var key in section.GetChildren().Select(child => child.Key).Where(key => !Keys.Contains(key, StringComparer.OrdinalIgnoreCase)))
            {
                errors.Add($"{SpotanticRedisOptions.SectionName}:{key} is not a Spotantic setting: {SpotanticRedisOptions.SectionName} takes {string.Join(", ", Keys.Order(StringComparer.Ordinal))}.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
