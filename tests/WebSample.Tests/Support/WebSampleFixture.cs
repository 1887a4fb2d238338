namespace WebSample.Tests.Support;

/// <summary>
/// One run of the web sample with no credentials (so on its in-process emulator), shared by the browser tests and
/// stopped, with every process it started, when they are done. It builds nothing: the test project's reference built
/// the sample.
/// </summary>
public sealed class WebSampleFixture : IAsyncLifetime, IDisposable
{
    // The sample finds its settings next to its assembly, so it runs anywhere: here, in an empty directory.
    private readonly ScratchDirectory _workingDirectory = new("websample-tests");

    public WebSampleProcess Sample { get; private set; } = null!;

    public async Task InitializeAsync() => Sample = await WebSampleProcess.StartAsync(_workingDirectory.Path, TimeSpan.FromSeconds(90));

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Sample?.Dispose();
        _workingDirectory.Dispose();
    }
}

/// <summary>The tests that share the running sample; they run one after another, as they share its emulator.</summary>
[CollectionDefinition(Name)]
public sealed class WebSampleCollection : ICollectionFixture<WebSampleFixture>
{
    public const string Name = "WebSample";
}
