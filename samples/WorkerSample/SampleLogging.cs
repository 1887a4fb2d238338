using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace WorkerSample;

internal static class SampleLogging
{
    /// <summary>Replaces the host's default console output with <see cref="SampleConsoleFormatter"/>.</summary>
    public static void Configure(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(options => options.FormatterName = SampleConsoleFormatter.FormatterName);
        logging.AddConsoleFormatter<SampleConsoleFormatter, ConsoleFormatterOptions>();
    }
}
