using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Spotantic.Samples;

/// <summary>The console output the samples share.</summary>
public static class SampleLoggingBuilderExtensions
{
    /// <summary>
    /// Replaces the host's default console output with plain lines: the sample's own messages as they are (those of
    /// loggers in <paramref name="sampleNamespace"/> and in this library), everything else as <c>[Category] message</c>.
    /// </summary>
    /// <param name="logging">The host's logging builder.</param>
    /// <param name="sampleNamespace">The sample's namespace, such as <c>WorkerSample</c>.</param>
    /// <returns>The logging builder.</returns>
    public static ILoggingBuilder AddSampleConsole(this ILoggingBuilder logging, string sampleNamespace)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentException.ThrowIfNullOrWhiteSpace(sampleNamespace);
        logging.ClearProviders();
        logging.AddConsole(options => options.FormatterName = SampleConsoleFormatter.FormatterName);
        logging.Services.AddSingleton<ConsoleFormatter>(new SampleConsoleFormatter(sampleNamespace));
        return logging;
    }
}
