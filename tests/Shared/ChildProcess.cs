using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Spotantic.Tests.Support;

/// <summary>
/// A built sample run as a child process (<c>dotnet Sample.dll args</c>), in a working directory of the test's
/// choosing and with an environment cleared of any Spotantic or sample settings and of a display, so a developer's
/// own configuration or browser never leaks into a test. Its output is read line by line as it comes.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _name;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly StringBuilder _error = new();
    private readonly SemaphoreSlim _lines = new(0);
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process, string name)
    {
        _process = process;
        _name = name;
    }

    /// <summary>Every standard-output line so far.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>dotnet <paramref name="assemblyPath"/> <paramref name="args"/></c>.</summary>
    /// <param name="assemblyPath">The built sample's assembly; the test fails when it is missing.</param>
    /// <param name="workingDirectory">The directory to run in.</param>
    /// <param name="alsoRemove">Which further inherited variables to remove, for what only one sample reads.</param>
    /// <param name="environment">Variables to set (after the inherited ones were removed).</param>
    /// <param name="args">The sample's arguments.</param>
    /// <param name="withInput">Whether the test writes to the process's standard input (<see cref="SendLineAsync"/>).</param>
    public static ChildProcess Start(string assemblyPath, string workingDirectory, Func<string, bool>? alsoRemove, IReadOnlyDictionary<string, string>? environment, IEnumerable<string> args, bool withInput = false)
    {
        var name = Path.GetFileNameWithoutExtension(assemblyPath);
        Assert.True(File.Exists(assemblyPath), $"{name} was not built: {assemblyPath}");
        var start = new ProcessStartInfo(DotnetHost.Path, [assemblyPath, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = withInput,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("Spotantic__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("SPOTANTIC_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("Sample__", StringComparison.OrdinalIgnoreCase) || key is "DISPLAY" or "WAYLAND_DISPLAY" || alsoRemove?.Invoke(key) == true)
            {
                start.Environment.Remove(key);
            }
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var child = new ChildProcess(process, name);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                child._outputClosed.TrySetResult();
                child._lines.Release();
                return;
            }

            child._output.Enqueue(e.Data);
            child._lines.Release();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (child._error)
                {
                    child._error.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the process to end and for its output to be read; kills it on timeout.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            await _outputClosed.Task.WaitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"{_name} did not exit within {timeout}. Output so far:{Environment.NewLine}{Output}{Environment.NewLine}{Error}");
        }
    }

    /// <summary>Waits until a standard-output line satisfies <paramref name="match"/> and returns it.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var seen = 0;
        while (true)
        {
            var lines = _output.ToArray();
            for (; seen < lines.Length; seen++)
            {
                if (match(lines[seen]))
                {
                    return lines[seen];
                }
            }

            if (_outputClosed.Task.IsCompleted && seen >= _output.Count)
            {
                Assert.Fail($"{_name} ended without the expected line. Output:{Environment.NewLine}{Output}{Environment.NewLine}{Error}");
            }

            try
            {
                await _lines.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"The expected line from {_name} did not appear within {timeout}. Output so far:{Environment.NewLine}{Output}{Environment.NewLine}{Error}");
            }
        }
    }

    /// <summary>The process's ID.</summary>
    public int Id => _process.Id;

    /// <summary>Writes one line to the process's standard input.</summary>
    public async Task SendLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Kills the process and its children at once, as a crash would.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>Counts the standard-output lines that satisfy <paramref name="match"/>.</summary>
    public int CountLines(Func<string, bool> match) => _output.Count(match);

    /// <summary>Stops the process and every process it started.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
        _lines.Dispose();
    }
}
