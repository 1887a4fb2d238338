namespace Spotantic.Tests.Support;

/// <summary>The .NET host running the tests, so that a child process runs on the same .NET, whatever is first on PATH.</summary>
public static class DotnetHost
{
    /// <summary>The host's path (or <c>dotnet</c> when it cannot be told).</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && System.IO.Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
