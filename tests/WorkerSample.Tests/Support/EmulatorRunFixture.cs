namespace WorkerSample.Tests.Support;

/// <summary>One default run of the sample (no credentials, no arguments), shared by the tests that read its output.</summary>
public sealed class EmulatorRunFixture : IAsyncLifetime, IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public ChildProcess Run { get; private set; } = null!;

    /// <summary>The working directory the run used; the run must leave it empty.</summary>
    public string WorkingDirectory => _scratch.Path;

    public async Task InitializeAsync() => Run = await SampleProcess.RunAsync(_scratch.Path, null);

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Run?.Dispose();
        _scratch.Dispose();
    }
}
