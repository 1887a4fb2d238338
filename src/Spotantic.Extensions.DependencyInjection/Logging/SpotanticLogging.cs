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
            new SpotanticSessionFileLoggerProvider(ReadUnvalidated(sp), sp.GetRequiredService<TimeProvider>())));
    }

    /// <summary>
    /// Reads <c>Spotantic:Logging</c> without running the options validators. The logger factory is built with the
    /// host, before <c>ValidateOnStart</c> runs and also to report a failed start: validating here would turn a bad
    /// Spotantic setting into a failure to create any logger, thrown from <c>Build()</c> rather than <c>StartAsync</c>.
    /// </summary>
    private static SpotanticLoggingOptions ReadUnvalidated(IServiceProvider services) =>
        new OptionsFactory<SpotanticOptions>(
            services.GetServices<IConfigureOptions<SpotanticOptions>>(),
            services.GetServices<IPostConfigureOptions<SpotanticOptions>>()).Create(Options.DefaultName).Logging;

    private sealed class ConfigureSpotanticLogFilter(IServiceProvider services) : IConfigureOptions<LoggerFilterOptions>
    {
        public void Configure(LoggerFilterOptions filter)
        {
            var logging = ReadUnvalidated(services);
            var level = !logging.Enable ? LogLevel.None : logging.Debug ? LogLevel.Debug : LogLevel.Information;
            filter.Rules.Add(new LoggerFilterRule(providerName: null, categoryName: CategoryPrefix, logLevel: level, filter: null));
        }
    }
}
