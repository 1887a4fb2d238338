using System.Globalization;
using System.Diagnostics;
using System.Reflection;
using Spotantic.Auth;
using Spotantic.Core.Tests.TestSupport;

namespace Spotantic.Core.Tests.Auth;

/// <summary>The token cache file shared by several processes, and a process that dies half-way through a write.</summary>
public sealed class FileSpotifyTokenStoreProcessTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string TokenPath => Path.Combine(_directory.Path, ".token_info_cache");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task SetAsync_ThreeProcessesWritingTheSameFile_ReaderNeverSeesATornFile()
    {
        const int WritesPerProcess = 300;
        var store = new FileSpotifyTokenStore(TokenPath);
        await store.SetAsync(SpotifyTokenKeys.Default, TestTokens.Create("initial", "refresh"));
        string[] writers = ["alpha", "bravo-writer", "charlie-the-third-writer"];

        var processes = new List<Process>();
        var stderr = new List<Task<string>>();
        var reads = 0;
        var writerReads = 0;
        try
        {
            foreach (var name in writers)
            {
                var process = Process.Start(new ProcessStartInfo(DotnetHost(), [WriterAssembly(), TokenPath, name, WritesPerProcess.ToString(CultureInfo.InvariantCulture)])
                {
                    RedirectStandardError = true,
                    UseShellExecute = false,
                })!;
                processes.Add(process);

                // Read at once: a writer blocked on a full stderr pipe would never exit.
                stderr.Add(process.StandardError.ReadToEndAsync());
            }

            while (processes.Any(p => !p.HasExited))
            {
                // A torn or half-written file would throw SpotifyTokenStoreException here.
                var token = await store.GetAsync(SpotifyTokenKeys.Default);
                Assert.NotNull(token);
                Assert.True(token.AccessToken == "initial" || writers.Any(w => token.AccessToken.StartsWith(w + "-", StringComparison.Ordinal)), token.AccessToken);
                reads++;
                if (token.AccessToken != "initial")
                {
                    writerReads++;
                }
            }

            var errors = await Task.WhenAll(stderr);
            foreach (var process in processes)
            {
                await process.WaitForExitAsync();
            }

            Assert.All(processes.Zip(errors), pair => Assert.True(pair.First.ExitCode == 0, pair.Second));
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill();
                }

                process.Dispose();
            }
        }

        Assert.True(reads > 0);

        // Reads that only ever saw the initial token would prove nothing about reading while another process writes.
        Assert.True(writerReads > 0, $"none of {reads} reads saw a writer's token while the writers ran");
        var final = await store.GetAsync(SpotifyTokenKeys.Default);
        Assert.Contains(writers, w => final!.AccessToken.StartsWith($"{w}-{WritesPerProcess - 1}-", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(_directory.Path, "*.tmp"));
    }

    [Fact]
    public async Task GetAsync_ProcessDiedBetweenWriteAndRename_OldTokenStillReadableAndNextWriteSucceeds()
    {
        var store = new FileSpotifyTokenStore(TokenPath);
        await store.SetAsync(SpotifyTokenKeys.Default, TestTokens.Create("old-token", "old-refresh"));
        // What a crash leaves behind: a complete or partial temporary file next to the untouched token file.
        await File.WriteAllTextAsync(Path.Combine(_directory.Path, $".{Path.GetFileName(TokenPath)}.{Guid.NewGuid():N}.tmp"), "{\"access_token\": \"new-tok");

        var survivor = await new FileSpotifyTokenStore(TokenPath).GetAsync(SpotifyTokenKeys.Default);
        await store.SetAsync(SpotifyTokenKeys.Default, TestTokens.Create("next-token", "next-refresh"));
        var next = await new FileSpotifyTokenStore(TokenPath).GetAsync(SpotifyTokenKeys.Default);

        Assert.Equal("old-token", survivor!.AccessToken);
        Assert.Equal("old-refresh", survivor.RefreshToken);
        Assert.Equal("next-token", next!.AccessToken);
    }

    private static string WriterAssembly()
    {
        var path = typeof(FileSpotifyTokenStoreProcessTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "TokenFileWriterAssembly").Value!;
        Assert.True(File.Exists(path), $"The writer was not built: {path}");
        return path;
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
