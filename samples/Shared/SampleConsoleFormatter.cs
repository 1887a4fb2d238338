using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Spotantic.Samples;

/// <summary>
/// Prints the sample's own lines as they are, and everything else (Spotantic, the host) as <c>[Category] message</c>
/// with the level when it is a warning or worse. Going through one logger keeps all lines in order.
/// </summary>
internal sealed class SampleConsoleFormatter(string sampleNamespace) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "spotantic-sample";

    private readonly string[] _ownCategoryPrefixes = [sampleNamespace + ".", typeof(SampleConsoleFormatter).Namespace + "."];

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        var level = logEntry.LogLevel switch
        {
            LogLevel.Warning => "warning: ",
            LogLevel.Error => "error: ",
            LogLevel.Critical => "critical: ",
            _ => "",
        };
        var category = logEntry.Category;
        var own = _ownCategoryPrefixes.Any(p => category.StartsWith(p, StringComparison.Ordinal));
        var prefix = own ? "" : $"  [{ShortCategory(category)}] ";
        textWriter.Write(prefix);
        textWriter.Write(level);
        textWriter.WriteLine(message);
        if (logEntry.Exception is { } exception && !own)
        {
            // Spotantic's exception messages say what to do and never carry secrets; the stack is noise here.
            textWriter.Write(prefix);
            textWriter.WriteLine($"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private static string ShortCategory(string category)
    {
        var dot = category.LastIndexOf('.');
        return dot < 0 ? category : category[(dot + 1)..];
    }
}
