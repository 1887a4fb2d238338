namespace Spotantic.Samples;

/// <summary>The process exit code a sample's hosted service decides on: <see cref="Failure"/> until its job has succeeded.</summary>
public sealed class SampleExitCode
{
    /// <summary>The job succeeded, or was stopped on request.</summary>
    public const int Success = 0;

    /// <summary>The job failed; the sample's last line says why.</summary>
    public const int Failure = 1;

    /// <summary>A setting or argument is not valid; standard error names it.</summary>
    public const int InvalidConfiguration = 2;

    /// <summary>The exit code so far.</summary>
    public int Value { get; set; } = Failure;
}
