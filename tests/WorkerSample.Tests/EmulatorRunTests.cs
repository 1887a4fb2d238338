using System.Globalization;
using Spotantic.Testing;
using WorkerSample.Tests.Support;

namespace WorkerSample.Tests;

/// <summary>The sample run with no credentials: it starts the emulator in-process, signs in, does its job and exits.</summary>
public sealed class EmulatorRunTests(EmulatorRunFixture fixture) : IClassFixture<EmulatorRunFixture>
{
    [Fact]
    public void Run_WithoutCredentials_SaysItUsesTheEmulatorFirstAndExitsZero()
    {
        var sample = fixture.Run;

        Assert.True(sample.ExitCode == 0, $"Exit code {sample.ExitCode}.{Environment.NewLine}{sample.Output}{Environment.NewLine}{sample.Error}");
        var firstLine = sample.Output.Split(Environment.NewLine)[0];
        Assert.Contains("LOCAL SPOTIFY EMULATOR", firstLine, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:", firstLine, StringComparison.Ordinal);
        Assert.Contains("through the PKCE flow", sample.Output, StringComparison.Ordinal);
        Assert.Contains("Done.", sample.Output, StringComparison.Ordinal);
        Assert.Equal("", sample.Error);

        // A run on the emulator keeps its token in memory: nothing is written where it runs.
        Assert.Empty(Directory.EnumerateFileSystemEntries(fixture.WorkingDirectory));
    }

    [Fact]
    public void Run_WithoutCredentials_ReportsNothingPlayingAndCountsRequestsThroughItsOwnHandler()
    {
        var sample = fixture.Run;

        Assert.Equal(0, sample.ExitCode);
        Assert.Contains("Playback: nothing is playing right now.", sample.Output, StringComparison.Ordinal);

        // Reads: the first page of one, every page of 50, the album, two checks, the player; writes: save and remove.
        var line = Assert.Single(sample.Output.Split(Environment.NewLine), l => l.StartsWith("Web API requests for this report: ", StringComparison.Ordinal));
        Assert.Matches(@"^Web API requests for this report: \d+ \(GET \d+, DELETE 1, PUT 1\)\.$", line);
        var total = int.Parse(line.Split(' ')[6], CultureInfo.InvariantCulture);
        Assert.True(total >= 9, line);
    }

    [Fact]
    public async Task Run_WithoutCredentials_PrintsSummaryMatchingTheDemoLibrary()
    {
        // The emulator's catalog is seeded, so a second emulator here holds the same demo library as the sample's.
        await using var emulator = await SpotifyEmulator.StartAsync();
        var saved = emulator.DemoUser!.Library.GetIds(EmulatorItemType.Album).Select(id => emulator.Catalog.FindAlbum(id)!).ToList();
        var tracks = saved.Sum(a => a.TrackIds.Count);
        var duration = TimeSpan.FromMilliseconds(saved.SelectMany(a => a.TrackIds).Sum(id => (long)emulator.Catalog.FindTrack(id)!.DurationMs));
        var sample = fixture.Run;

        Assert.Equal(0, sample.ExitCode);
        var output = sample.Output;
        Assert.Contains("Your saved albums", output, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Albums:          {saved.Count:N0}"), output, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Tracks:          {tracks:N0}"), output, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Total duration:  {(int)duration.TotalHours} h {duration.Minutes:D2} min"), output, StringComparison.Ordinal);
        Assert.Contains("Top artists:", output, StringComparison.Ordinal);
        Assert.Contains("    1. ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithoutCredentials_ReportsProgressForEveryPage()
    {
        await using var emulator = await SpotifyEmulator.StartAsync();
        var total = emulator.DemoUser!.Library.Count(EmulatorItemType.Album);
        var pages = (total + 49) / 50;
        var sample = fixture.Run;

        Assert.Equal(0, sample.ExitCode);
        Assert.Contains($"you have {total} saved albums", sample.Output, StringComparison.Ordinal);
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains($"Loading saved albums: page {page}/{pages} (", sample.Output, StringComparison.Ordinal);
        }

        Assert.Contains($"page {pages}/{pages} ({total}/{total})", sample.Output, StringComparison.Ordinal);
        Assert.True(sample.Output.IndexOf("Loading saved albums", StringComparison.Ordinal) < sample.Output.IndexOf("Your saved albums", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WithoutCredentials_SavesAnAlbumAndConfirmsItIsSaved()
    {
        var sample = fixture.Run;

        Assert.Equal(0, sample.ExitCode);
        var line = Assert.Single(sample.Output.Split(Environment.NewLine), l => l.StartsWith("Saved \"", StringComparison.Ordinal));
        Assert.Contains("(spotify:album:", line, StringComparison.Ordinal);
        Assert.EndsWith("in your library now: yes.", line, StringComparison.Ordinal);
        Assert.Contains("Removed spotify:album:", sample.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithAnInvalidSpotanticSetting_ExitsNonZeroNamingTheKey()
    {
        using var scratch = new ScratchDirectory();

        using var sample = await SampleProcess.RunAsync(scratch.Path, new Dictionary<string, string> { ["Spotantic__Client__MaxAttempts"] = "0" });

        Assert.Equal(2, sample.ExitCode);
        Assert.Contains("The configuration is not valid:", sample.Error, StringComparison.Ordinal);
        Assert.Contains("Spotantic:Client:MaxAttempts", sample.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Done.", sample.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithAnInvalidRefreshInterval_ExitsNonZeroNamingTheKey()
    {
        using var scratch = new ScratchDirectory();

        using var sample = await SampleProcess.RunAsync(scratch.Path, null, "--Sample:RefreshInterval", "soon");

        Assert.Equal(2, sample.ExitCode);
        Assert.Contains("Sample:RefreshInterval", sample.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithAnUnknownCommand_ExitsNonZeroWithUsage()
    {
        using var scratch = new ScratchDirectory();

        using var sample = await SampleProcess.RunAsync(scratch.Path, null, "logn");

        Assert.Equal(2, sample.ExitCode);
        Assert.Contains("Unknown argument 'logn'", sample.Error, StringComparison.Ordinal);
        Assert.Contains("Usage:", sample.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("EMULATOR", sample.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_WithShortInterval_RefreshesTheSummaryUntilStopped()
    {
        using var scratch = new ScratchDirectory();

        using var sample = SampleProcess.Start(scratch.Path, null, "--watch", "--Sample:RefreshInterval", "00:00:01");
        await sample.WaitForLineAsync(l => l.StartsWith("Next refresh in", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        await sample.WaitForLineAsync(l => l == "Your saved albums" && sample.CountLines(x => x == "Your saved albums") >= 2, TimeSpan.FromSeconds(60));

        Assert.Equal(0, sample.CountLines(l => l == "Done."));
        Assert.Contains("Next refresh in 1 s. Press Ctrl+C to stop.", sample.Output, StringComparison.Ordinal);
    }
}
