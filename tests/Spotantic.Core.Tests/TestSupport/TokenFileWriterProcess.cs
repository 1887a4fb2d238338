using System.Diagnostics;
using System.Reflection;

namespace Spotantic.Core.Tests.TestSupport;

/// <summary>Runs the token-file writer (tests/Spotantic.TokenFileWriter) as a process of its own.</summary>
public static class TokenFileWriterProcess
{
    /// <summary>The writer's assembly, recorded at build time (it depends on the artifacts path).</summary>
    public static string AssemblyPath
    {
        get
        {
            var path = typeof(TokenFileWriterProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "TokenFileWriterAssembly").Value!;
            Assert.True(File.Exists(path), $"The writer was not built: {path}");
            return path;
        }
    }

    /// <summary>How to start the writer with <paramref name="arguments"/>, on the .NET host that runs the tests.</summary>
    public static ProcessStartInfo StartInfo(params string[] arguments) =>
        new(DotnetHost(), [AssemblyPath, .. arguments]) { UseShellExecute = false };

    // The host running the tests, so the writer runs on the same .NET as they do, whatever is first on PATH.
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
