using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Logging;

/// <summary>
/// Applies <c>Spotantic:Logging</c>: a filter rule for the <c>Spotantic</c> categories (None when disabled, Debug
/// or Information otherwise) and, with <c>LogsDir</c>, the session log file.
/// </summary>
internal static class SpotanticLogging
{
    /// <summary>The category prefix every Spotantic logger uses.</summary>
    public const string CategoryPrefix = "Spotantic";

    public static void Register(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<LoggerFilterOptions>, ConfigureSpotanticLogFilter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, SpotanticSessionFileLoggerProvider>(sp =>
            new SpotanticSessionFileLoggerProvider(sp.GetRequiredService<IOptions<SpotanticOptions>>().Value.Logging, sp.GetRequiredService<TimeProvider>())));
    }

    private sealed class ConfigureSpotanticLogFilter(IOptions<SpotanticOptions> options) : IConfigureOptions<LoggerFilterOptions>
    {
        public void Configure(LoggerFilterOptions filter)
        {
            var logging = options.Value.Logging;
            var level = !logging.Enable ? LogLevel.None : logging.Debug ? LogLevel.Debug : LogLevel.Information;
            filter.Rules.Add(new LoggerFilterRule(providerName: null, categoryName: CategoryPrefix, logLevel: level, filter: null));
        }
    }
}
