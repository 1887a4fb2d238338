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
        new(Spotantic.Tests.Support.DotnetHost.Path, [AssemblyPath, .. arguments]) { UseShellExecute = false };
}
