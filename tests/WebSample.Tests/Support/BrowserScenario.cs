using System.Reflection;

namespace WebSample.Tests.Support;

/// <summary>
/// The browsers one test opens on the running sample. When the test fails, each browser's screenshot, page source
/// and address, and the sample's output, are saved under <c>TestResults/WebSample.Tests/{test}/</c>.
/// </summary>
public sealed class BrowserScenario : IDisposable
{
    private static readonly string ResultsDirectory = typeof(BrowserScenario).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TestResultsDirectory").Value!;

    private readonly List<Browser> _browsers = [];
    private readonly string _testName;

    private BrowserScenario(WebSampleProcess sample, string testName)
    {
        Sample = sample;
        _testName = testName;
    }

    public WebSampleProcess Sample { get; }

    /// <summary>Runs <paramref name="test"/> with its browsers, and closes them at the end.</summary>
    public static void Run(WebSampleProcess sample, string testName, Action<BrowserScenario> test)
    {
        using var scenario = new BrowserScenario(sample, testName);
        try
        {
            test(scenario);
        }
        catch (Exception) when (scenario.SaveArtifacts())
        {
            throw;
        }
    }

    /// <summary>Starts a browser with a fresh profile: no cookies, so no session.</summary>
    public Browser OpenBrowser(string name)
    {
        var browser = Browser.Start(name);
        _browsers.Add(browser);
        return browser;
    }

    public void Dispose()
    {
        foreach (var browser in _browsers)
        {
            browser.Dispose();
        }
    }

    // An exception filter: runs while the browsers still show the failing page, and never catches.
    private bool SaveArtifacts()
    {
        try
        {
            var directory = Path.Combine(ResultsDirectory, "WebSample.Tests", _testName);
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            foreach (var browser in _browsers)
            {
                browser.SaveArtifacts(directory);
            }

            File.WriteAllText(Path.Combine(directory, "websample-output.txt"), Sample.Output + Environment.NewLine + "--- stderr ---" + Environment.NewLine + Sample.Error);
        }
        catch (IOException)
        {
            // Saving what helps debugging must not hide the test's own failure.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }

        return false;
    }
}
