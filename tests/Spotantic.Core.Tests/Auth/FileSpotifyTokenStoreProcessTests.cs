using System.Globalization;
using System.Diagnostics;
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
                var start = TokenFileWriterProcess.StartInfo(TokenPath, name, WritesPerProcess.ToString(CultureInfo.InvariantCulture));
                start.RedirectStandardError = true;
                var process = Process.Start(start)!;
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
}
