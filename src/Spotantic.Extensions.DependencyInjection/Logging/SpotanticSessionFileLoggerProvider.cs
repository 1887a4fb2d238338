using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Spotantic.Configuration;

namespace Spotantic.Extensions.DependencyInjection.Logging;

/// <summary>
/// Writes the <c>Spotantic.*</c> categories to <c>&lt;LogsDir&gt;/&lt;yyyyMMdd-HHmmss&gt;/session.log</c>, one file per run, as
/// the Python library does. Microsoft.Extensions.Logging has no file provider of its own, and a logging framework
/// would be a heavy dependency for one file, so this small provider writes it.
/// </summary>
[ProviderAlias("SpotanticSession")]
internal sealed class SpotanticSessionFileLoggerProvider : ILoggerProvider
{
    private readonly StreamWriter? _writer;
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    public SpotanticSessionFileLoggerProvider(SpotanticLoggingOptions options, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        if (!options.Enable || string.IsNullOrWhiteSpace(options.LogsDir))
        {
            return;
        }

        var session = timeProvider.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var directory = Path.Combine(options.LogsDir, session);
        Directory.CreateDirectory(directory);
        FilePath = Path.Combine(directory, "session.log");
        _writer = new StreamWriter(new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false)) { AutoFlush = true };
    }

    /// <summary>The session log file, or <see langword="null"/> when no <c>LogsDir</c> is set.</summary>
    public string? FilePath { get; }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) =>
        _writer is null || !categoryName.StartsWith(SpotanticLogging.CategoryPrefix, StringComparison.Ordinal)
            ? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance
            : _loggers.GetOrAdd(categoryName, name => new SessionLogger(this, name));

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _writer?.Dispose();
        }
    }

    private void Write(string category, LogLevel level, string message, Exception? exception)
    {
        var line = $"{_timeProvider.GetLocalNow():yyyy-MM-dd HH:mm:ss.fff} [{level}] {category}: {message}";
        lock (_lock)
        {
            _writer!.WriteLine(line);
            if (exception is not null)
            {
                _writer.WriteLine($"    {exception.GetType().FullName}: {exception.Message}");
            }
        }
    }

    private sealed class SessionLogger(SpotanticSessionFileLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(category, logLevel, formatter(state, exception), exception);
            }
        }
    }
}
