namespace WorkerSample;

/// <summary>The process exit code the hosted service decides on: 1 until the job has succeeded.</summary>
internal sealed class SampleExitCode
{
    public int Value { get; set; } = 1;
}
