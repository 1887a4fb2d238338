using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace WorkerSample.Tests.Support;

/// <summary>
/// Runs the built sample as a child process (<c>dotnet WorkerSample.dll</c>), in a scratch working directory and with
/// an environment cleared of any Spotantic settings and of a display, so a developer's own configuration or browser
/// never leaks into a test.
/// </summary>
public sealed class SampleProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly StringBuilder _error = new();
    private readonly SemaphoreSlim _lines = new(0);
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SampleProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The built sample's assembly, recorded at build time.</summary>
    public static string AssemblyPath { get; } = typeof(SampleProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "WorkerSampleAssembly").Value!;

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

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the sample.</summary>
    /// <param name="workingDirectory">The scratch directory to run in.</param>
    /// <param name="environment">Variables to set (after the Spotantic ones were removed).</param>
    /// <param name="args">The sample's arguments.</param>
    public static SampleProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        Assert.True(File.Exists(AssemblyPath), $"The sample was not built: {AssemblyPath}");
        var start = new ProcessStartInfo(DotnetHost(), [AssemblyPath, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("Spotantic__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("SPOTANTIC_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("Sample__", StringComparison.OrdinalIgnoreCase) || key is "DISPLAY" or "WAYLAND_DISPLAY")
            {
                start.Environment.Remove(key);
            }
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var sample = new SampleProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                sample._outputClosed.TrySetResult();
                sample._lines.Release();
                return;
            }

            sample._output.Enqueue(e.Data);
            sample._lines.Release();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (sample._error)
                {
                    sample._error.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return sample;
    }

    /// <summary>Runs the sample to its end.</summary>
    public static async Task<SampleProcess> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var sample = Start(workingDirectory, environment, args);
        await sample.WaitForExitAsync(TimeSpan.FromSeconds(90));
        return sample;
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
            Assert.Fail($"The sample did not exit within {timeout}. Output so far:{Environment.NewLine}{Output}{Environment.NewLine}{Error}");
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
                Assert.Fail($"The sample ended without the expected line. Output:{Environment.NewLine}{Output}{Environment.NewLine}{Error}");
            }

            try
            {
                await _lines.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"The expected line did not appear within {timeout}. Output so far:{Environment.NewLine}{Output}{Environment.NewLine}{Error}");
            }
        }
    }

    /// <summary>Counts the standard-output lines that satisfy <paramref name="match"/>.</summary>
    public int CountLines(Func<string, bool> match) => _output.Count(match);

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

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
