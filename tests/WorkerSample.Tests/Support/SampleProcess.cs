using System.Reflection;

namespace WorkerSample.Tests.Support;

/// <summary>Runs the built worker sample as a child process (<c>dotnet WorkerSample.dll</c>).</summary>
public static class SampleProcess
{
    /// <summary>The built sample's assembly, recorded at build time.</summary>
    public static string AssemblyPath { get; } = typeof(SampleProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "WorkerSampleAssembly").Value!;

    /// <summary>Starts the sample.</summary>
    /// <param name="workingDirectory">The scratch directory to run in.</param>
    /// <param name="environment">Variables to set (after the Spotantic ones were removed).</param>
    /// <param name="args">The sample's arguments.</param>
    public static ChildProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        ChildProcess.Start(AssemblyPath, workingDirectory, null, environment, args);

    /// <summary>Runs the sample to its end.</summary>
    public static async Task<ChildProcess> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var sample = Start(workingDirectory, environment, args);
        await sample.WaitForExitAsync(TimeSpan.FromSeconds(90));
        return sample;
    }
}
